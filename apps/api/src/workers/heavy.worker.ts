// Runs in a worker thread of the pool (pool.ts): the work that grows with what a caller sends
// (reading a file, parsing a plan text, a large engine run), so that it never holds the event loop
// that answers everyone else. Expected refusals come back as values; only faults throw.
import { FileFormatError, readTable, type Table, type TextEncoding } from "@allot/district-files";
import {
  ParameterRefusal,
  ReallocationInfeasible,
  runScenario,
  type Cents,
  type ProgramCode,
  type ScenarioParameters,
  type ScenarioResult,
  type ScenarioSchool,
} from "@allot/engine";
import { parseImprovementPlan, PlanImportError, type ParsedPlan } from "@allot/plan-import";

export type Baseline = Record<string, Partial<Record<ProgramCode, Cents>>>;

export type HeavyTask =
  | { kind: "table"; name: string; bytes: Uint8Array; encoding?: TextEncoding | undefined }
  | { kind: "improvement-plan"; text: string }
  | {
      kind: "scenario";
      schools: ScenarioSchool[];
      available: Partial<Record<ProgramCode, Cents>>;
      /** The year's awards alone, the base of the statute's percentages. */
      allocation?: Partial<Record<ProgramCode, Cents>> | undefined;
      parameters: ScenarioParameters;
      baseline?: Baseline | undefined;
    };

/** A refusal the caller can act on, from any task. */
export type Refusal =
  | { ok: false; refusal: "file"; message: string }
  | { ok: false; refusal: "plan"; problems: PlanImportError["problems"] }
  | { ok: false; refusal: "reallocation" | "parameters"; message: string; field?: string };

/** What each kind of task answers. */
export interface HeavyResults {
  table: { ok: true; table: Table } | Refusal;
  "improvement-plan": { ok: true; plan: ParsedPlan } | Refusal;
  scenario: { ok: true; result: ScenarioResult } | Refusal;
}
export type HeavyResult = HeavyResults[keyof HeavyResults];

export async function runHeavyTask(task: HeavyTask): Promise<HeavyResult> {
  switch (task.kind) {
    case "table":
      return readTableTask(task);
    case "improvement-plan":
      return parsePlanTask(task);
    case "scenario": {
      // Across threads only data travels: the engine writes its sentences when read (toJSON), so
      // the result crosses as its JSON form, explanations written out.
      const run = runScenarioTask(task);
      return run.ok
        ? { ok: true, result: JSON.parse(JSON.stringify(run.result)) as typeof run.result }
        : run;
    }
  }
}

async function readTableTask(
  task: Extract<HeavyTask, { kind: "table" }>,
): Promise<HeavyResults["table"]> {
  try {
    return { ok: true, table: await readTable(task.name, task.bytes, { encoding: task.encoding }) };
  } catch (e) {
    if (e instanceof FileFormatError) return { ok: false, refusal: "file", message: e.message };
    throw e;
  }
}

function parsePlanTask(
  task: Extract<HeavyTask, { kind: "improvement-plan" }>,
): HeavyResults["improvement-plan"] {
  try {
    return { ok: true, plan: parseImprovementPlan(task.text) };
  } catch (e) {
    if (e instanceof PlanImportError) return { ok: false, refusal: "plan", problems: e.problems };
    throw e;
  }
}

/** The engine's run, or why the parameters cannot be met. Also called in the request for a small district. */
export function runScenarioTask(
  task: Extract<HeavyTask, { kind: "scenario" }>,
): HeavyResults["scenario"] {
  try {
    return { ok: true, result: scenarioResult(task) };
  } catch (e) {
    if (e instanceof ReallocationInfeasible)
      return { ok: false, refusal: "reallocation", message: e.message };
    if (e instanceof ParameterRefusal)
      return { ok: false, refusal: "parameters", message: e.message, field: e.field };
    if (e instanceof RangeError) return { ok: false, refusal: "parameters", message: e.message };
    throw e;
  }
}

/**
 * The engine's run. Without a baseline (no adopted budget) it is the same parameters without
 * reallocation, so "no school loses more than X%" is measured against the formula.
 */
function scenarioResult(task: Extract<HeavyTask, { kind: "scenario" }>): ScenarioResult {
  let base = task.baseline;
  if (!base) {
    const formula = runScenario({
      schools: task.schools,
      available: task.available,
      allocation: task.allocation,
      parameters: { ...task.parameters, reallocation: null },
    });
    base = Object.fromEntries(
      formula.schools.map((s) => [
        s.schoolId,
        Object.fromEntries(s.programs.map((p) => [p.program, p.amount])),
      ]),
    );
  }
  return runScenario({
    schools: task.schools,
    available: task.available,
    allocation: task.allocation,
    parameters: task.parameters,
    baseline: base,
  });
}

export default runHeavyTask;

import type { Cents } from "../money.js";
import { PROGRAM_CODES, type ProgramCode } from "../programs.js";
import type { EquityMeasures } from "./metrics.js";
import type { ScenarioResult } from "./scenario.js";

export interface AmountDifference {
  schoolId: string;
  program: ProgramCode;
  a: Cents;
  b: Cents;
  difference: Cents;
}

export interface ResultComparison {
  /** Each school and program whose amount differs, in A's school order then B's new schools. */
  schools: AmountDifference[];
  /** Each program's money to schools in both, in the programs' order. */
  programs: { program: ProgramCode; a: Cents; b: Cents; difference: Cents }[];
  /** Each equity measure after, in both. */
  measures: { measure: keyof EquityMeasures; a: number | null; b: number | null }[];
}

/** Two scenarios' results side by side: what moves, per school and program, per program, per measure. */
export function compareResults(a: ScenarioResult, b: ScenarioResult): ResultComparison {
  const amounts = (r: ScenarioResult) =>
    new Map(
      r.schools.flatMap((s) =>
        s.programs.map((p) => [`${s.schoolId}:${p.program}`, p.amount] as const),
      ),
    );
  const [inA, inB] = [amounts(a), amounts(b)];
  const schoolIds = [
    ...new Set([...a.schools.map((s) => s.schoolId), ...b.schools.map((s) => s.schoolId)]),
  ];
  const schools = schoolIds.flatMap((schoolId) =>
    PROGRAM_CODES.flatMap((program) => {
      const [x, y] = [
        inA.get(`${schoolId}:${program}`) ?? 0,
        inB.get(`${schoolId}:${program}`) ?? 0,
      ];
      return x === y ? [] : [{ schoolId, program, a: x, b: y, difference: y - x }];
    }),
  );
  const toSchools = (r: ScenarioResult, program: ProgramCode) =>
    r.programs.find((p) => p.program === program)?.toSchools ?? 0;
  const programs = PROGRAM_CODES.map((program) => ({
    program,
    a: toSchools(a, program),
    b: toSchools(b, program),
    difference: toSchools(b, program) - toSchools(a, program),
  }));
  const measures = (Object.keys(a.equityAfter) as (keyof EquityMeasures)[]).map((measure) => ({
    measure,
    a: a.equityAfter[measure],
    b: b.equityAfter[measure],
  }));
  return { schools, programs, measures };
}

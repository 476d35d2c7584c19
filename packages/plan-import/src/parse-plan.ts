import { PROGRAMS, type ProgramCode } from "@allot/engine";

import {
  PlanImportError,
  type EvidenceLevel,
  type FederalFundingOption,
  type ImportProblem,
  type ParsedActionStep,
  type ParsedNeed,
  type ParsedPlan,
  type PovertyFactor,
} from "./types.js";
import {
  CONTENT_AREAS,
  FUNDING_SOURCE_NAMES,
  identity,
  splitByVocabulary,
  SUBGROUPS,
  SYSTEMS,
} from "./vocabulary.js";

/**
 * Reads the text export of a Georgia District Improvement Plan (the CLIP template): header
 * settings, overarching needs and their action steps. The export repeats "Action Step # N" headers
 * when a step spills over a page, so fields of one step are merged across its headers. Any problem
 * is collected with its line number and the whole parse fails: nothing half-read is returned.
 */
export function parseImprovementPlan(text: string): ParsedPlan {
  return new PlanParser(text).parse();
}

const SUBGROUP_ENTRIES = SUBGROUPS.map(
  (s) => [s, s === "Student with Disabilities" ? "Students with Disabilities" : s] as const,
);

const EVIDENCE: Record<string, EvidenceLevel> = {
  strong: "STRONG",
  moderate: "MODERATE",
  promising: "PROMISING",
  "demonstrates a rationale": "DEMONSTRATES_A_RATIONALE",
};

const FUNDING_OPTIONS: ReadonlyArray<readonly [RegExp, FederalFundingOption]> = [
  [/^traditional funding/i, "TRADITIONAL"],
  [/^consolidated funds/i, "CONSOLIDATED"],
  [/fund 400/i, "FUND_400"],
];

const POVERTY_FACTORS: ReadonlyArray<readonly [RegExp, PovertyFactor]> = [
  [/^free\/reduced/i, "FREE_REDUCED_MEAL"],
  [/direct certification/i, "CEP_DIRECT_CERTIFICATION"],
  [/^other/i, "OTHER"],
];

/** Labels of an action step's rows; a row may use a tab or spaces between label and value. */
const STEP_LABELS = [
  "Action Step",
  "Funding Sources",
  "Subgroups",
  "Systems",
  "Method for Monitoring Implementation",
  "Method for Monitoring Effectiveness",
  "Position/Role Responsible",
  "Evidence Based Indicator",
  "Timeline for Implementation",
  "Does this action step support the selected equity intervention?",
  "What partnerships, if any,",
] as const;

type StepLabel = (typeof STEP_LABELS)[number];

/** Lines that carry no data: section titles and the table rules of the export. */
const IGNORED = [
  /^#+\s*3\.\s*DISTRICT IMPROVEMENT GOALS/i,
  /^DISTRICT IMPROVEMENT PLAN$/i,
  /^\d+\s+General Improvement Plan Information$/i,
  /^General Improvement Plan Information$/i,
  /^\d+\s+ED\s*-\s*Flex Waiver$/i,
  /^Overarching Need$/i,
  /^Equity Gap$/i,
  /^##\s+\S/,
  /^[-\s]+$/,
];

interface StepDraft extends Omit<
  ParsedActionStep,
  "description" | "fundingSources" | "subgroups" | "systems"
> {
  description: string | null;
  fundingSources: ProgramCode[] | null;
  subgroups: string[] | null;
  systems: string[] | null;
  seen: Set<StepLabel>;
}

class PlanParser {
  private readonly lines: string[];
  private readonly problems: ImportProblem[] = [];
  private title: string | null = null;
  private fiscalYear: number | null = null;
  private districtName: string | null = null;
  private teamLead: string | null = null;
  private readonly fundingOptions: FederalFundingOption[] = [];
  private readonly povertyFactors: PovertyFactor[] = [];
  private povertyFactorOther: string | null = null;
  private readonly transfers: ParsedPlan["transfers"] = [];
  private waiverRequested: boolean | null = null;
  private checkboxGroup: "funding" | "poverty" | null = null;
  private readonly needs: ParsedNeed[] = [];
  private need: ParsedNeed | null = null;
  private readonly steps = new Map<ParsedNeed, StepDraft[]>();
  private step: StepDraft | null = null;

  constructor(text: string) {
    this.lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  }

  parse(): ParsedPlan {
    if (this.lines.every((l) => l.trim() === "")) {
      throw new PlanImportError([{ line: null, message: "the plan text is empty" }]);
    }
    this.lines.forEach((raw, index) => this.readLine(raw, index + 1));
    return this.finish();
  }

  private problem(line: number | null, message: string): void {
    this.problems.push({ line, message });
  }

  private readLine(raw: string, n: number): void {
    const line = raw.trimEnd(); // not /\s+$/: quadratic on a long run of spaces
    const trimmed = line.trim();
    if (trimmed === "") return;

    const titleMatch = /^#\s+(District Improvement Plan\s+(\d{4})\s*-\s*(\d{4}))\s*$/i.exec(
      trimmed,
    );
    if (titleMatch) {
      this.title = titleMatch[1] ?? null;
      const start = Number(titleMatch[2]);
      const end = Number(titleMatch[3]);
      if (end !== start + 1)
        this.problem(n, `the plan years "${start} - ${end}" are not one school year`);
      this.fiscalYear = end;
      return;
    }

    const needMatch = /^#{2,4}\s*3\.(\d+)\s+Overarching Need\s*#\s*(\d+)/i.exec(trimmed);
    if (needMatch) {
      this.startNeed(Number(needMatch[2]), n);
      return;
    }

    const stepMatch = /^Action Step\s*#\s*(\d+)\s*$/i.exec(trimmed);
    if (stepMatch) {
      this.startStep(Number(stepMatch[1]), n);
      return;
    }

    const checkbox = /^<input\s([^>]*)type="checkbox"\s*\/?>(.*)$/i.exec(trimmed);
    if (checkbox) {
      this.readCheckbox(/\bchecked\b/i.test(checkbox[1] ?? ""), (checkbox[2] ?? "").trim(), n);
      return;
    }

    if (IGNORED.some((re) => re.test(trimmed))) return;

    const [label, value] = splitLabel(line);
    if (this.step && this.readStepRow(label, value, n)) return;
    if (this.need && this.readNeedRow(label, value, n)) return;
    if (!this.need && this.readHeaderRow(label, value, n)) return;
    this.problem(n, `unexpected text "${truncate(trimmed)}"${this.where()}`);
  }

  private where(): string {
    if (this.step && this.need) return ` in action step ${this.need.number}.${this.step.number}`;
    if (this.need) return ` in overarching need ${this.need.number}`;
    return " in the plan header";
  }

  private readCheckbox(checked: boolean, label: string, n: number): void {
    if (this.checkboxGroup === "funding") {
      const option = FUNDING_OPTIONS.find(([re]) => re.test(label));
      if (!option) return this.problem(n, `unknown federal funding option "${truncate(label)}"`);
      if (checked) this.fundingOptions.push(option[1]);
    } else if (this.checkboxGroup === "poverty") {
      const factor = POVERTY_FACTORS.find(([re]) => re.test(label));
      if (!factor) return this.problem(n, `unknown poverty factor "${truncate(label)}"`);
      if (checked) this.povertyFactors.push(factor[1]);
    } else {
      this.problem(n, "a checkbox outside the funding-options and poverty-factor questions");
    }
  }

  private readHeaderRow(label: string, value: string, n: number): boolean {
    if (/^District$/i.test(label)) {
      this.districtName = value || null;
    } else if (/^Team Lead$/i.test(label)) {
      this.teamLead = value || null;
    } else if (/^Federal Funding Options/i.test(label)) {
      this.checkboxGroup = "funding";
    } else if (/^Factors?\(s\) Used by District to Identify Students in Poverty/i.test(label)) {
      this.checkboxGroup = "poverty";
    } else if (/^Transferability of Funds/i.test(label)) {
      this.checkboxGroup = null;
    } else if (/^Transfer Title (II|IV), Part A to:?$/i.test(label)) {
      const from = /Title II,/i.test(label) ? "TITLE_II_A" : "TITLE_IV_A";
      const none = /^NO FUNDS TRANSFERRED$/i.test(value) || value === "";
      this.transfers.push({
        from,
        to: none ? [] : value.split(/[,;]/).map((s) => s.trim()),
        cumulativePercentage: null,
      });
    } else if (/^Cumulative Percentage of Allocation/i.test(label)) {
      const last = this.transfers.at(-1);
      if (!last) this.problem(n, "a transfer percentage before any transfer row");
      else last.cumulativePercentage = value || null;
    } else if (/^Do you need a waiver\?/i.test(label)) {
      const answer = value || label.replace(/^Do you need a waiver\?\s*/i, "");
      this.waiverRequested = yesNo(answer, n, "Do you need a waiver?", this.problems);
    } else if (
      this.checkboxGroup === "poverty" &&
      this.povertyFactors.includes("OTHER") &&
      value === ""
    ) {
      this.povertyFactorOther = label;
    } else {
      return false;
    }
    return true;
  }

  private startNeed(number: number, n: number): void {
    this.step = null;
    this.checkboxGroup = null;
    if (this.needs.some((x) => x.number === number)) {
      this.problem(n, `overarching need # ${number} appears twice`);
    }
    this.need = {
      number,
      line: n,
      description: "",
      isEquityGap: null,
      rootCauses: [],
      goal: null,
      equityGap: null,
      contentAreas: [],
      gradeSpans: [],
      subgroups: [],
      equityInterventions: [],
      actionSteps: [],
    };
    this.needs.push(this.need);
    this.steps.set(this.need, []);
  }

  private readNeedRow(label: string, value: string, n: number): boolean {
    const need = this.need;
    if (!need) return false;
    if (/^Overarching Need as identified/i.test(label)) {
      need.description = value;
    } else if (/^Is Need\s*#\s*\d+ also an Equity Gap\?$/i.test(label)) {
      need.isEquityGap = yesNo(value, n, label, this.problems);
    } else if (/^Root Cause\s*#\s*\d+$/i.test(label)) {
      if (value) need.rootCauses.push(value);
    } else if (/^Goal$/i.test(label)) {
      need.goal = value || null;
    } else if (/^Equity Gap$/i.test(label)) {
      need.equityGap = value || null;
    } else if (/^Content Area\(s\)$/i.test(label)) {
      const split = splitByVocabulary(value, identity(CONTENT_AREAS));
      // Content areas are free to grow; an unknown one is kept as printed.
      need.contentAreas = [...split.items, ...split.unknown];
    } else if (/^Grade Level Span\(s\)$/i.test(label)) {
      need.gradeSpans = value.split(/\s+/).filter(Boolean);
      const bad = need.gradeSpans.filter((g) => !/^(PK|Pre-K|K|[1-9]|1[0-2])$/i.test(g));
      if (bad.length) this.problem(n, `unknown grade level(s) ${bad.join(", ")}`);
    } else if (/^Subgroup\(s\)$/i.test(label)) {
      need.subgroups = this.vocabularyList(value, SUBGROUP_ENTRIES, "subgroup", n);
    } else if (/^Equity interventions?$/i.test(label)) {
      const m = /^(EI-\d+)\s(.*)$/i.exec(value);
      need.equityInterventions.push(
        m
          ? { code: m[1]!.toUpperCase(), description: m[2]!.trim() }
          : { code: "", description: value },
      );
    } else {
      return false;
    }
    return true;
  }

  private startStep(number: number, n: number): void {
    const need = this.need;
    if (!need) {
      this.problem(n, `"Action Step # ${number}" before any overarching need`);
      return;
    }
    const steps = this.steps.get(need)!;
    const existing = steps.find((s) => s.number === number);
    if (existing) {
      this.step = existing;
      return;
    }
    const last = steps.at(-1);
    if (last && number !== last.number + 1) {
      this.problem(n, `action step # ${number} follows # ${last.number} in need ${need.number}`);
    }
    this.step = {
      number,
      line: n,
      description: null,
      fundingSources: null,
      subgroups: null,
      systems: null,
      monitoringImplementation: null,
      monitoringEffectiveness: null,
      positionsResponsible: null,
      evidenceLevel: null,
      timeline: null,
      supportsEquityIntervention: null,
      partnerships: null,
      seen: new Set(),
    };
    steps.push(this.step);
  }

  private readStepRow(label: string, value: string, n: number): boolean {
    const step = this.step;
    if (!step) return false;
    let key: StepLabel | undefined = STEP_LABELS.find((l) => l === label);
    if (!key) {
      // Rows printed with spaces instead of a tab ("Timeline for Implementation Quarterly"), and
      // the long partnerships question, whose answer follows its question mark.
      const whole = `${label}${value ? `\t${value}` : ""}`;
      key = STEP_LABELS.find((l) => l !== "Action Step" && whole.startsWith(l));
      if (!key) return false;
      value =
        key === "What partnerships, if any,"
          ? whole.replace(/^[^?]*\?/, "").trim()
          : whole.slice(key.length).trim();
    }
    step.seen.add(key);
    switch (key) {
      case "Action Step":
        step.description = value || null;
        break;
      case "Funding Sources":
        step.fundingSources = this.fundingSources(value, n);
        break;
      case "Subgroups":
        step.subgroups = this.vocabularyList(value, SUBGROUP_ENTRIES, "subgroup", n).filter(
          (s) => s !== "N/A",
        );
        break;
      case "Systems":
        step.systems = this.vocabularyList(value, identity(SYSTEMS), "system", n);
        break;
      case "Method for Monitoring Implementation":
        step.monitoringImplementation = value || null;
        break;
      case "Method for Monitoring Effectiveness":
        step.monitoringEffectiveness = value || null;
        break;
      case "Position/Role Responsible":
        step.positionsResponsible = value || null;
        break;
      case "Evidence Based Indicator": {
        const level = EVIDENCE[value.toLowerCase()];
        if (!level)
          this.problem(
            n,
            `unknown evidence level "${truncate(value)}" (expected Strong, Moderate, Promising or Demonstrates a Rationale)`,
          );
        step.evidenceLevel = level ?? null;
        break;
      }
      case "Timeline for Implementation":
        step.timeline = value || null;
        break;
      case "Does this action step support the selected equity intervention?":
        step.supportsEquityIntervention = yesNo(value, n, key, this.problems);
        break;
      case "What partnerships, if any,":
        step.partnerships = value || null;
        break;
    }
    return true;
  }

  private fundingSources(value: string, n: number): ProgramCode[] {
    const split = splitByVocabulary(value, FUNDING_SOURCE_NAMES);
    for (const name of split.unknown) {
      const known = Object.values(PROGRAMS)
        .flatMap((p) => p.planNames)
        .join(", ");
      this.problem(n, `unknown funding source "${name}" (known: ${known})`);
    }
    if (split.items.length === 0 && split.unknown.length === 0)
      this.problem(n, "no funding source is listed");
    return split.items;
  }

  private vocabularyList(
    value: string,
    entries: ReadonlyArray<readonly [string, string]>,
    what: string,
    n: number,
  ): string[] {
    const split = splitByVocabulary(value, entries);
    for (const name of split.unknown) this.problem(n, `unknown ${what} "${truncate(name)}"`);
    return split.items;
  }

  private finish(): ParsedPlan {
    if (!this.title || this.fiscalYear === null) {
      this.problem(1, 'no title line like "# District Improvement Plan 2021 - 2022"');
    }
    if (!this.districtName) this.problem(null, 'the plan header has no "District" row');
    if (this.needs.length === 0)
      this.problem(null, "the plan has no overarching need: the file may be truncated");

    for (const need of this.needs) {
      if (!need.description)
        this.problem(need.line, `overarching need # ${need.number} has no description`);
      const drafts = this.steps.get(need) ?? [];
      if (drafts.length === 0)
        this.problem(need.line, `overarching need # ${need.number} has no action step`);
      need.actionSteps = drafts.map((d) => this.finishStep(need, d));
    }

    if (this.problems.length > 0) throw new PlanImportError(this.problems);
    return {
      title: this.title!,
      fiscalYear: this.fiscalYear!,
      districtName: this.districtName!,
      teamLead: this.teamLead,
      federalFundingOptions: this.fundingOptions,
      transfers: this.transfers,
      povertyFactors: this.povertyFactors,
      povertyFactorOther: this.povertyFactorOther,
      waiverRequested: this.waiverRequested,
      needs: this.needs,
    };
  }

  private finishStep(need: ParsedNeed, d: StepDraft): ParsedActionStep {
    const id = `action step ${need.number}.${d.number}`;
    if (!d.description) this.problem(d.line, `${id} has no description ("Action Step" row)`);
    if (!d.fundingSources) this.problem(d.line, `${id} has no "Funding Sources" row`);
    // Every step of the template closes with these rows; a step without them was cut off.
    const closing: StepLabel[] = [
      "Evidence Based Indicator",
      "Timeline for Implementation",
      "Does this action step support the selected equity intervention?",
    ];
    const missing = closing.filter((l) => !d.seen.has(l));
    if (missing.length > 0) {
      const isLast = this.needs.at(-1) === need && (this.steps.get(need) ?? []).at(-1) === d;
      const hint = isLast ? ": the file looks truncated" : "";
      this.problem(
        isLast ? this.lines.length : d.line,
        `${id} has no ${missing.map((m) => `"${m}"`).join(", ")}${hint}`,
      );
    }
    const { seen: _seen, ...rest } = d;
    return {
      ...rest,
      description: d.description ?? "",
      fundingSources: d.fundingSources ?? [],
      subgroups: d.subgroups ?? [],
      systems: d.systems ?? [],
    };
  }
}

/** "Label\tValue" -> [label, value]; a line with no tab is all label. */
function splitLabel(line: string): [string, string] {
  const tab = line.indexOf("\t");
  if (tab === -1) return [line.trim(), ""];
  return [line.slice(0, tab).trim(), line.slice(tab + 1).trim()];
}

function yesNo(
  value: string,
  n: number,
  question: string,
  problems: ImportProblem[],
): boolean | null {
  if (/^yes$/i.test(value)) return true;
  if (/^no$/i.test(value)) return false;
  problems.push({
    line: n,
    message: `"${truncate(question)}" must be answered Yes or No, not "${truncate(value)}"`,
  });
  return null;
}

function truncate(s: string, max = 60): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

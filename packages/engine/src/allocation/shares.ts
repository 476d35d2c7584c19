import { percent, usd, type Cents } from "../money.js";
import { PROGRAMS, type ProgramCode } from "../programs.js";
import type { ActiveBound } from "./reallocation.js";
import type { TitleISchoolResult } from "./title-i.js";
import { WEIGHT_SCALE } from "./weights.js";

/** Title I rank and serve for one school, as reported beside its amount. */
export interface TitleIDetail {
  eligible: boolean;
  eligibility: string;
  rank: number | null;
  priority: boolean;
  served: boolean;
  lowIncomeChildren: number;
  perChild: Cents;
  publicAmount: Cents;
  privateAmount: Cents;
}

/** One school's amount from one program, and why, in words. */
export interface SchoolProgramResult {
  readonly program: ProgramCode;
  readonly amount: Cents;
  readonly baseline: Cents;
  readonly bound: ActiveBound | null;
  readonly explanation: string;
  /** Title I-A only. */
  readonly titleI?: TitleIDetail;
}

/*
 * The sentence is written when it is read, not when the amount is computed: a national run has
 * 700,000 amounts, and building every sentence up front cost more time and memory than the
 * allocation itself. toJSON writes it out, so a saved result carries its words.
 */
abstract class Share implements SchoolProgramResult {
  constructor(
    readonly program: ProgramCode,
    readonly amount: Cents,
    readonly baseline: Cents,
  ) {}
  abstract readonly bound: ActiveBound | null;
  abstract get explanation(): string;
  toJSON(): SchoolProgramResult {
    return {
      program: this.program,
      amount: this.amount,
      baseline: this.baseline,
      bound: this.bound,
      explanation: this.explanation,
    };
  }
}

const WHAT: Record<ProgramCode, string> = {
  TITLE_I_A: "low-income children",
  TITLE_I_A_1003: "students in a CSI/TSI school",
  TITLE_II_A: "priority-weighted pupils",
  TITLE_III_A: "English learners",
  TITLE_IV_A: "priority-weighted pupils",
  IDEA_B: "students with disabilities",
  MCKINNEY_VENTO: "homeless students",
};

const NOT_ELIGIBLE: Partial<Record<ProgramCode, string>> = {
  TITLE_I_A_1003: "not in comprehensive or targeted support",
  TITLE_III_A: "no English learners",
  IDEA_B: "no students with disabilities",
  MCKINNEY_VENTO: "no homeless students",
};

/** Title I: rank and serve wrote its own sentence (rank, poverty, per-child amount). */
export class TitleIShare extends Share {
  readonly bound = null;
  constructor(
    program: ProgramCode,
    amount: Cents,
    baseline: Cents,
    private readonly school: TitleISchoolResult,
  ) {
    super(program, amount, baseline);
  }
  get explanation() {
    return this.school.explanation;
  }
  get titleI(): TitleIDetail {
    const s = this.school;
    return {
      eligible: s.eligible,
      eligibility: s.eligibility,
      rank: s.rank,
      priority: s.priority,
      served: s.served,
      lowIncomeChildren: s.children,
      perChild: s.perChild,
      publicAmount: s.publicAmount,
      privateAmount: s.privateAmount,
    };
  }
  override toJSON(): SchoolProgramResult {
    return { ...super.toJSON(), titleI: this.titleI };
  }
}

/** A program's pool split in proportion to the students it serves. */
export class FormulaShare extends Share {
  readonly bound = null;
  constructor(
    program: ProgramCode,
    amount: Cents,
    baseline: Cents,
    private readonly name: string,
    private readonly weight: number,
    private readonly total: number,
    private readonly pool: Cents,
  ) {
    super(program, amount, baseline);
  }
  get explanation() {
    const count = (w: number) =>
      this.program === "TITLE_II_A" || this.program === "TITLE_IV_A"
        ? (w / WEIGHT_SCALE).toFixed(1)
        : String(w);
    const share = this.total > 0 ? `${((this.weight / this.total) * 100).toFixed(2)}%` : "0%";
    return `${this.name}: ${count(this.weight)} ${WHAT[this.program]} of ${count(this.total)} in eligible schools, so ${share} of ${usd(this.pool)} = ${usd(this.amount)}.`;
  }
}

export class IneligibleShare extends Share {
  readonly bound = "INELIGIBLE";
  constructor(
    program: ProgramCode,
    amount: Cents,
    baseline: Cents,
    private readonly name: string,
  ) {
    super(program, amount, baseline);
  }
  get explanation() {
    return `${this.name}: ${NOT_ELIGIBLE[this.program] ?? "no students"}, so nothing from ${PROGRAMS[this.program].name}.`;
  }
}

/** Equity reallocation: at the common level, or held by the floor, the cap or eligibility. */
export class ReallocatedShare extends Share {
  constructor(
    program: ProgramCode,
    amount: Cents,
    baseline: Cents,
    private readonly name: string,
    readonly bound: ActiveBound,
    private readonly floor: Cents,
    private readonly cap: Cents | null,
    private readonly level: number,
    private readonly maxLossBasisPoints: number,
  ) {
    super(program, amount, baseline);
  }
  get explanation() {
    const why =
      this.bound === "FLOOR"
        ? `held at its floor of ${usd(this.floor)} (it may lose at most ${percent(this.maxLossBasisPoints)})`
        : this.bound === "CAP"
          ? `held at its cap of ${usd(this.cap ?? 0)}`
          : this.bound === "INELIGIBLE"
            ? "not eligible"
            : `at the common level of $${this.level.toFixed(2)} per weighted pupil`;
    return `${this.name}: reallocated toward equal dollars per weighted pupil, ${why}: ${usd(this.amount)}.`;
  }
}

import { Field, Int } from "type-graphql";

import {
  complianceSummary,
  PROGRAMS,
  type AccountCode,
  type ChartOfAccounts,
  type ProgramMoneyPicture,
} from "@allot/engine";

import { ComplianceCheckType, toCheck } from "../../common/compliance.type.js";
import { ProgramCodeEnum } from "../../common/enums.js";
import { MoneyScalar } from "../../common/money.scalar.js";
import { ObjectType } from "../../common/object-type.js";
import type { BudgetComplianceReport, FunctionObjectCell } from "./budget.service.js";

@ObjectType("AccountCode", { description: "A code of the state's chart of accounts." })
export class AccountCodeType {
  @Field({ description: "The code, e.g. 1000 or 110." })
  code!: string;
  @Field({ description: "Its name in the state's chart, e.g. Instruction." })
  name!: string;
}

@ObjectType("AccountSegment", { description: "One segment of the state's account string." })
export class AccountSegmentType {
  @Field({ description: "fund, year, function, object, program or facility." })
  key!: string;
  @Field({ description: "Its name in the state's chart." })
  label!: string;
  @Field(() => Int, { description: "Digits in the account string." })
  width!: number;
}

@ObjectType("AccountSegmentValue", { description: "One segment of a line's account string." })
export class AccountSegmentValueType {
  @Field({ description: "fund, year, function, object, program or facility." })
  key!: string;
  @Field({ description: "Its name in the state's chart." })
  label!: string;
  @Field(() => String, { nullable: true, description: "The line's code; null until entered." })
  code!: string | null;
}

@ObjectType("AccountString", {
  description:
    "A line's full account string in the state's segment order: fund and program from its award, year, function and object from the line, facility from its school or the district office.",
})
export class AccountStringType {
  @Field(() => String, {
    nullable: true,
    description: 'The string, e.g. "100-2-1000-110-4180-0104"; null while a segment is missing.',
  })
  value!: string | null;
  @Field(() => [AccountSegmentValueType], { description: "Each segment and its code." })
  segments!: AccountSegmentValueType[];
  @Field(() => [String], {
    description:
      'Names of the segments still to enter ("Fund", "Program"): on the award, the line or the district.',
  })
  missing!: string[];
}

@ObjectType("ChartOfAccounts", {
  description:
    "The state's chart of accounts as Allot validates budget lines against it: the codes valid in one fiscal year.",
})
export class ChartOfAccountsType {
  @Field({ description: "Two-letter state code." })
  state!: string;
  @Field({ description: "Where the lists come from." })
  source!: string;
  @Field({ description: "Which edition of the state's chart." })
  edition!: string;
  @Field(() => [AccountSegmentType], { description: "The account string's segments in order." })
  segments!: AccountSegmentType[];
  @Field(() => [AccountCodeType], { description: "Function codes valid in the year." })
  functions!: AccountCodeType[];
  @Field(() => [AccountCodeType], { description: "Object codes valid in the year." })
  objects!: AccountCodeType[];
  @Field(() => [String], {
    description: "Function codes counted as administration for the programs' caps.",
  })
  administrationFunctions!: string[];
}

const codeType = (c: AccountCode) =>
  Object.assign(new AccountCodeType(), { code: c.code, name: c.name });

export function toChartType(c: ChartOfAccounts): ChartOfAccountsType {
  return Object.assign(new ChartOfAccountsType(), {
    state: c.state,
    source: c.source,
    edition: c.edition,
    segments: c.segments.map((s) => Object.assign(new AccountSegmentType(), s)),
    functions: c.functions.map(codeType),
    objects: c.objects.map(codeType),
    administrationFunctions: c.administrationFunctions,
  });
}

@ObjectType("BudgetComplianceReport", {
  description:
    "Compliance judged on the year's coded budget lines: each federal rule with its citation; a rule whose data is missing is NOT_CHECKED and names what to enter.",
})
export class BudgetComplianceReportType {
  @Field(() => Int, { description: "Fiscal year." })
  fiscalYear!: number;
  @Field(() => [ComplianceCheckType], {
    description: "Each rule: not checked first, then failures, then the rest.",
  })
  checks!: ComplianceCheckType[];
  @Field(() => Int, { description: "Rules that pass." })
  passed!: number;
  @Field(() => Int, { description: "Rules that fail." })
  failed!: number;
  @Field(() => Int, { description: "Rules that could not be checked for missing data." })
  notChecked!: number;
  @Field(() => Int, { description: "Rules that do not apply to this budget." })
  notApplicable!: number;
  @Field({ description: "True only when nothing fails and nothing is unchecked." })
  allPass!: boolean;
}

export function toBudgetComplianceType(r: BudgetComplianceReport): BudgetComplianceReportType {
  const s: ReturnType<typeof complianceSummary> = r.summary;
  return Object.assign(new BudgetComplianceReportType(), {
    fiscalYear: r.fiscalYear,
    checks: r.checks.map(toCheck),
    passed: s.passed,
    failed: s.failed,
    notChecked: s.notChecked,
    notApplicable: s.notApplicable,
    allPass: s.allPass,
  });
}

@ObjectType({
  description:
    "One cell of the budget by function and object: what a program's lines with those codes add up to.",
})
export class FunctionObjectAmount {
  @Field(() => ProgramCodeEnum, { description: "The program." })
  program!: string;
  @Field(() => String, { nullable: true, description: "Program name, e.g. Title I, Part A." })
  programName!: string;
  @Field(() => AccountCodeType, {
    nullable: true,
    description: "Function; null for lines not yet coded.",
  })
  function!: AccountCodeType | null;
  @Field(() => AccountCodeType, {
    nullable: true,
    description: "Object; null for lines not yet coded.",
  })
  object!: AccountCodeType | null;
  @Field(() => MoneyScalar, { description: "Sum of the lines' amounts." })
  amount!: number;
  @Field(() => Int, { description: "How many lines." })
  lineCount!: number;
}

/** A cell with the codes' names from the chart (a code the chart lacks keeps its code as name). */
export function toFunctionObjectAmount(
  cell: FunctionObjectCell,
  chart: ChartOfAccounts | null,
): FunctionObjectAmount {
  const named = (list: readonly AccountCode[] | undefined, code: string | null) =>
    code === null ? null : codeType(list?.find((c) => c.code === code) ?? { code, name: code });
  return Object.assign(new FunctionObjectAmount(), {
    program: cell.program,
    programName: PROGRAMS[cell.program].name,
    function: named(chart?.functions, cell.functionCode),
    object: named(chart?.objects, cell.objectCode),
    amount: cell.amount,
    lineCount: cell.lineCount,
  });
}

@ObjectType("ProgramMoneyPicture", {
  description:
    "One program's money in a fiscal year, defined once: available (award + carryover + transfers in - transfers out) = reserved + toSchools + districtLinesBeyondReservations + unbudgeted. Reserved and toSchools are the adopted budget's; with none adopted, nothing is reserved and toSchools is what the budget lines place at schools.",
})
export class ProgramMoneyPictureType {
  @Field(() => ProgramCodeEnum, { description: "The program." })
  program!: string;
  @Field({ description: "Program name." })
  programName!: string;
  @Field(() => MoneyScalar, { description: "The year's award." })
  award!: number;
  @Field(() => MoneyScalar, { description: "Carryover from the year before (ESEA 1127)." })
  carryoverIn!: number;
  @Field(() => MoneyScalar, { description: "ESEA 5103 transfers in." })
  transfersIn!: number;
  @Field(() => MoneyScalar, { description: "ESEA 5103 transfers out." })
  transfersOut!: number;
  @Field(() => MoneyScalar, {
    description: "award + carryoverIn + transfersIn - transfersOut: what the district may budget.",
  })
  available!: number;
  @Field(() => MoneyScalar, { description: "The adopted budget's district reservations." })
  reserved!: number;
  @Field(() => MoneyScalar, {
    description:
      "The adopted budget's school allocations; without one, the budget lines at schools.",
  })
  toSchools!: number;
  @Field(() => MoneyScalar, { description: "All district-level budget lines (no school)." })
  districtLines!: number;
  @Field(() => MoneyScalar, {
    description:
      "The part of the district-level lines beyond the reservations (the lines spend the reservations first).",
  })
  districtLinesBeyondReservations!: number;
  @Field(() => MoneyScalar, {
    description: "Budget lines at schools (inside the schools' allocations once adopted).",
  })
  schoolLines!: number;
  @Field(() => MoneyScalar, {
    description:
      "available - reserved - toSchools - districtLinesBeyondReservations; below zero is overcommitted.",
  })
  unbudgeted!: number;
  @Field({ description: "Whether reserved and toSchools come from an adopted budget." })
  adopted!: boolean;
}

export function toMoneyPictureType(p: ProgramMoneyPicture): ProgramMoneyPictureType {
  return Object.assign(new ProgramMoneyPictureType(), {
    ...p,
    programName: PROGRAMS[p.program].name,
  });
}

@ObjectType("SchoolBudgetProgram", {
  description:
    "One program of a school's budget against its envelope: the school's allocation in the adopted budget, its approved lines and its drafts.",
})
export class SchoolBudgetProgramType {
  @Field(() => ProgramCodeEnum, { description: "The program." })
  program!: string;
  @Field(() => MoneyScalar, {
    nullable: true,
    description: "The school's allocation in the adopted budget; null while none is adopted.",
  })
  envelope!: number | null;
  @Field(() => MoneyScalar, {
    description: "Approved lines at the school (family engagement apart).",
  })
  approved!: number;
  @Field(() => MoneyScalar, { description: "Draft lines awaiting the director's approval." })
  drafts!: number;
  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      "envelope - approved - drafts: what the school may still draft; null without an envelope.",
  })
  left!: number | null;
}

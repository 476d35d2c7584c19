import type { EntityManager } from "@mikro-orm/postgresql";

import { BudgetLine, District, FiscalYear, Scenario } from "@allot/db";
import {
  formatMoney,
  percent,
  PROGRAM_CODES,
  PROGRAMS,
  reportOrder,
  usd,
  type ComplianceCheck,
  type ProgramCode,
} from "@allot/engine";

import { accountCoder } from "../budget/account-string.js";
import {
  budgetByFunctionAndObject,
  budgetComplianceReport,
  districtChart,
  moneyPictureOf,
} from "../budget/budget.service.js";
import { fundingByActionStep } from "../funding/funding.service.js";
import { schoolsAndPrograms } from "../scenario/scenario.service.js";
import { scenarioForSchool } from "../scenario/school-view.js";

/** A table as exported: a title, column headers, rows and an optional totals row. Money in cents. */
export interface Sheet {
  name: string;
  columns: { header: string; money?: boolean; width?: number }[];
  rows: (string | number | null)[][];
  totals?: (string | number | null)[];
}

export interface Workbook {
  fileName: string;
  sheets: Sheet[];
}

const programName = (code: ProgramCode) => PROGRAMS[code].name;

export function about(district: District, year: number, source: string, by: string): Sheet {
  return {
    name: "About",
    columns: [
      { header: "About this export", width: 28 },
      { header: "", width: 70 },
    ],
    rows: [
      ["District", `${district.name} (NCES ${district.ncesLeaId})`],
      ["Fiscal year", `FY${year}`],
      ["Source", source],
      ["Exported", new Date().toISOString()],
      ["Exported by", by],
      ["Money", "US dollars; every total is the sum of its rows to the cent"],
    ],
  };
}

/** A compliance report, a scenario's or the budget's: every rule with its citation and result. */
function complianceSheet(checks: readonly ComplianceCheck[]): Sheet {
  return {
    name: "Compliance",
    columns: [
      { header: "Program", width: 22 },
      { header: "Rule", width: 50 },
      { header: "Citation", width: 34 },
      { header: "Status", width: 10 },
      { header: "Detail", width: 90 },
    ],
    rows: reportOrder(checks).map((c) => [
      c.program ?? "all",
      c.rule.title,
      c.rule.citation,
      c.status,
      c.missing ? `${c.detail} Missing: ${c.missing}.` : c.detail,
    ]),
  };
}

/** Funding per action step as finance staff and the director read it, with each program's award. */
export async function fundingWorkbook(
  em: EntityManager,
  districtId: string,
  year: number,
  scenarioId: string | null,
  by: string,
): Promise<Workbook | null> {
  const [district, view, scenario] = await Promise.all([
    em.findOneOrFail(District, districtId),
    fundingByActionStep(em, districtId, year, scenarioId),
    scenarioId ? em.findOne(Scenario, { id: scenarioId, district: districtId }) : null,
  ]);
  if (!view || (scenarioId && !scenario)) return null;
  const programs = PROGRAM_CODES.filter((c) => view.sources.has(c));
  const rows = view.steps.map((step, i) => {
    const row = view.matrix.rows[i]!;
    return [
      `${step.need.number}.${step.number}`,
      step.description,
      ...programs.map((c) => row.byProgram.get(c) ?? 0),
      row.total,
    ];
  });
  const byProgram = programs.map((c) =>
    view.matrix.rows.reduce((a, r) => a + (r.byProgram.get(c) ?? 0), 0),
  );
  const budgets = view.matrix.programs.filter((p) => view.sources.has(p.program));
  return {
    fileName: `funding-by-action-step-FY${year}${scenario ? `-${slug(scenario.name)}` : ""}`,
    sheets: [
      {
        name: "Funding by action step",
        columns: [
          { header: "Action step", width: 12 },
          { header: "Description", width: 60 },
          ...programs.map((c) => ({ header: programName(c), money: true, width: 18 })),
          { header: "Total", money: true, width: 18 },
        ],
        rows,
        totals: ["Total", "", ...byProgram, view.matrix.total],
      },
      {
        name: "Programs",
        columns: [
          { header: "Program", width: 40 },
          { header: "Statute", width: 30 },
          { header: "Award available", money: true, width: 18 },
          { header: "Budgeted", money: true, width: 18 },
          { header: "Remaining", money: true, width: 18 },
        ],
        rows: budgets.map((p) => [
          programName(p.program),
          PROGRAMS[p.program].statute,
          p.available,
          p.budgeted,
          p.remaining,
        ]),
        totals: [
          "Total",
          "",
          budgets.reduce((a, p) => a + p.available, 0),
          budgets.reduce((a, p) => a + p.budgeted, 0),
          budgets.reduce((a, p) => a + p.remaining, 0),
        ],
      },
      about(
        district,
        year,
        scenario
          ? `Scenario "${scenario.name}" (${scenario.status.toLowerCase()})`
          : "Budget lines of the year",
        by,
      ),
    ],
  };
}

/** A run scenario: every school's amount from each program, the programs, the assumptions and the compliance report. */
export async function scenarioWorkbook(
  em: EntityManager,
  districtId: string,
  scenarioId: string,
  onlySchool: string | null,
  by: string,
): Promise<Workbook | null> {
  const scenario = await em.findOne(
    Scenario,
    { id: scenarioId, district: districtId },
    { populate: ["fiscalYear"] },
  );
  if (!scenario?.results) return null;
  const [district, schools] = await Promise.all([
    em.findOneOrFail(District, districtId),
    schoolsAndPrograms(em, districtId, onlySchool).then((l) => l.schools),
  ]);
  const seen = scenarioForSchool(onlySchool, scenario.parameters, scenario.results);
  const r = seen.result!;
  const byId = new Map(schools.map((s) => [s.id, s]));
  const programs = r.programs.map((p) => p.program);
  const rows = r.schools
    .filter((s) => byId.has(s.schoolId))
    .map((s) => {
      const school = byId.get(s.schoolId)!;
      const amounts = new Map(s.programs.map((p) => [p.program, p.amount]));
      return [
        school.ncesSchoolId,
        school.name,
        school.enrollment,
        school.lowIncome,
        Math.round(s.weightedEnrollment / 100) / 100,
        ...programs.map((c) => amounts.get(c) ?? 0),
        s.total,
        s.baselineTotal,
        s.total - s.baselineTotal,
      ];
    });
  const sum = (i: number) => rows.reduce((a, row) => a + Number(row[i]), 0);
  const first = 5;
  return {
    fileName: `scenario-${slug(scenario.name)}-FY${scenario.fiscalYear.year}`,
    sheets: [
      {
        name: "Schools",
        columns: [
          { header: "NCES school id", width: 16 },
          { header: "School", width: 34 },
          { header: "Enrollment", width: 12 },
          { header: "Low-income", width: 12 },
          { header: "Weighted enrollment", width: 14 },
          ...programs.map((c) => ({ header: programName(c), money: true, width: 18 })),
          { header: "Total", money: true, width: 18 },
          { header: "Baseline", money: true, width: 18 },
          { header: "Change", money: true, width: 16 },
        ],
        rows,
        totals: [
          "Total",
          "",
          sum(2),
          sum(3),
          "",
          ...programs.map((_, i) => sum(first + i)),
          sum(first + programs.length),
          sum(first + programs.length + 1),
          sum(first + programs.length + 2),
        ],
      },
      {
        name: "Programs",
        columns: [
          { header: "Program", width: 40 },
          { header: "Available", money: true, width: 18 },
          { header: "Reserved", money: true, width: 18 },
          { header: "To schools", money: true, width: 18 },
          { header: "Unallocated", money: true, width: 18 },
        ],
        rows: r.programs.map((p) => [
          programName(p.program),
          p.available,
          p.reserved,
          p.toSchools,
          p.unallocated,
        ]),
        totals: [
          "Total",
          ...(["available", "reserved", "toSchools", "unallocated"] as const).map((k) =>
            r.programs.reduce((a, p) => a + p[k], 0),
          ),
        ],
      },
      {
        name: "Reservations",
        columns: [
          { header: "Program", width: 30 },
          { header: "Reservation", width: 24 },
          { header: "Amount", money: true, width: 18 },
          { header: "How it was computed", width: 90 },
        ],
        rows: r.programs.flatMap((p) =>
          p.reservations.map((x) => [programName(p.program), x.kind, x.amount, x.explanation]),
        ),
      },
      {
        name: "Assumptions",
        columns: [
          { header: "Parameter", width: 50 },
          { header: "Value", width: 40 },
        ],
        rows: flatten(seen.parameters),
      },
      complianceSheet(r.compliance),
      about(
        district,
        scenario.fiscalYear.year,
        `Scenario "${scenario.name}" (${scenario.status.toLowerCase()}), run ${scenario.lastRunAt?.toISOString() ?? "never"}`,
        by,
      ),
    ],
  };
}

/** The engine's parameters that hold cents (the rest are counts, weights or choices). */
const MONEY_PARAMETERS = new Set([
  "familyEngagement",
  "homeless",
  "neglectedDelinquent",
  "districtWide",
  "administration",
  "incentives",
  "earlyChildhood",
  "perChild",
  "wellRounded",
  "safeHealthy",
  "technology",
  "technologyInfrastructure",
  "ceis",
]);
const isMoney = (path: string) =>
  MONEY_PARAMETERS.has(
    path
      .split(".")
      .at(-1)!
      .replace(/\[\d+\]$/, ""),
  ) || /^(districtReservations|administration|titleI\.policy\.ppa\.perChild)\./.test(path);

/**
 * Parameters as `path = value` rows a person reads as the app shows them: money in dollars
 * ("$1,496,807.50", never 149680750 cents), shares in percent ("90.00%"), e.g.
 * `titleI.reservations.familyEngagementToSchoolsPercent = 90.00%`.
 */
function flatten(value: unknown, path = ""): (string | number)[][] {
  if (value === null || value === undefined) return [[path, ""]];
  if (Array.isArray(value))
    return value.length ? value.flatMap((v, i) => flatten(v, `${path}[${i}]`)) : [[path, "(none)"]];
  if (typeof value === "object")
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
      flatten(v, path ? `${path}.${k}` : k),
    );
  if (typeof value === "number" && path.endsWith("BasisPoints"))
    return [[path.replace(/BasisPoints$/, "Percent"), percent(value)]];
  if (typeof value === "number" && isMoney(path)) return [[path, usd(value)]];
  return [[path, typeof value === "number" ? value : (value as string | boolean).toString()]];
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40) || "scenario";

/**
 * Ed-Fi-shaped finance data (the Ed-Fi Data Standard's LocalAccount and LocalBudget) for a data
 * warehouse: one account per program and action step (the budget line's account code when it has
 * one), and the budgeted amount of each account for the fiscal year. A school leader's holds the
 * district's own lines and their school's, as their budget lines do.
 */
export async function edFiFinance(
  em: EntityManager,
  districtId: string,
  year: number,
  onlySchool: string | null,
) {
  const [district, fy] = await Promise.all([
    em.findOneOrFail(District, districtId),
    em.findOne(FiscalYear, { district: districtId, year }),
  ]);
  if (!fy) return null;
  const lines = await em.find(
    BudgetLine,
    {
      district: districtId,
      fiscalYear: fy,
      ...(onlySchool ? { $or: [{ school: null }, { school: onlySchool }] } : {}),
    },
    { populate: ["fundingSource", "actionStep.need"], orderBy: { id: "asc" } },
  );
  const organization = { educationOrganizationId: Number(district.ncesLeaId) };
  const accounts = new Map<
    string,
    {
      accountIdentifier: string;
      accountName: string;
      fiscalYear: number;
      educationOrganizationReference: typeof organization;
      program: string;
      actionStep: string;
      cents: number;
    }
  >();
  for (const l of lines) {
    const step = `${l.actionStep.need.number}.${l.actionStep.number}`;
    const id = l.accountCode ?? `${l.fundingSource.code}-${step}`;
    const a = accounts.get(id) ?? {
      accountIdentifier: id,
      accountName: `${programName(l.fundingSource.code)}, action step ${step}`,
      fiscalYear: year,
      educationOrganizationReference: organization,
      program: l.fundingSource.code,
      actionStep: step,
      cents: 0,
    };
    a.cents += l.amountCents;
    accounts.set(id, a);
  }
  const list = [...accounts.values()].sort((a, b) =>
    a.accountIdentifier.localeCompare(b.accountIdentifier),
  );
  return {
    localAccounts: list.map((a) => ({
      accountIdentifier: a.accountIdentifier,
      fiscalYear: a.fiscalYear,
      accountName: a.accountName,
      educationOrganizationReference: a.educationOrganizationReference,
      // Ed-Fi's chart of accounts carries the fund and program; the federal program is both here.
      reportingTags: [
        { reportingTagDescriptor: `uri://allot.example/ReportingTagDescriptor#${a.program}` },
        {
          reportingTagDescriptor: `uri://allot.example/ReportingTagDescriptor#ActionStep-${a.actionStep}`,
        },
      ],
    })),
    localBudgets: list.map((a) => ({
      localAccountReference: {
        accountIdentifier: a.accountIdentifier,
        educationOrganizationId: organization.educationOrganizationId,
        fiscalYear: a.fiscalYear,
      },
      asOfDate: new Date().toISOString().slice(0, 10),
      amount: formatMoney(a.cents),
    })),
  };
}

/**
 * The year's budget in the shape of the state's consolidated application budget pages: each
 * program's budget by function and object (the CSV is this sheet), every line with what it buys
 * and its narrative, the money picture, and the budget's compliance report.
 */
export async function budgetWorkbook(
  em: EntityManager,
  districtId: string,
  year: number,
  program: ProgramCode | null,
  by: string,
): Promise<Workbook | null> {
  const fy = await em.findOne(FiscalYear, { district: districtId, year });
  if (!fy) return null;
  const [district, chart, cells, picture, report, lines, coder] = await Promise.all([
    em.findOneOrFail(District, districtId),
    districtChart(em, districtId),
    budgetByFunctionAndObject(em, districtId, year, program),
    moneyPictureOf(em, districtId, year),
    budgetComplianceReport(em, districtId, year),
    em.find(
      BudgetLine,
      {
        district: districtId,
        fiscalYear: fy,
        ...(program ? { fundingSource: { code: program } } : {}),
      },
      {
        populate: ["fundingSource", "actionStep.need", "school", "position"],
        orderBy: {
          fundingSource: { code: "asc" },
          functionCode: "asc",
          objectCode: "asc",
          id: "asc",
        },
      },
    ),
    accountCoder(em, districtId, fy),
  ]);
  const accountOf = (l: BudgetLine) =>
    coder?.({
      fundingSourceId: l.fundingSource.id,
      functionCode: l.functionCode,
      objectCode: l.objectCode,
      atSchool: l.school !== null,
      stateSchoolId: l.school?.stateSchoolId,
    }).value ?? null;
  const nameOf = (
    list: readonly { code: string; name: string }[] | undefined,
    code: string | null,
  ) => (code === null ? "Not coded yet" : (list?.find((c) => c.code === code)?.name ?? ""));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const programs = picture.programs.filter((p) => !program || p.program === program);
  return {
    fileName: `budget-FY${year}${program ? `-${program}` : ""}`,
    sheets: [
      {
        name: "By function and object",
        columns: [
          { header: "Program", width: 28 },
          { header: "Function", width: 10 },
          { header: "Function name", width: 36 },
          { header: "Object", width: 10 },
          { header: "Object name", width: 36 },
          { header: "Amount", money: true, width: 18 },
          { header: "Lines", width: 8 },
        ],
        rows: cells.map((c) => [
          programName(c.program),
          c.functionCode,
          nameOf(chart?.functions, c.functionCode),
          c.objectCode,
          nameOf(chart?.objects, c.objectCode),
          c.amount,
          c.lineCount,
        ]),
        totals: [
          "Total",
          "",
          "",
          "",
          "",
          sum(cells.map((c) => c.amount)),
          sum(cells.map((c) => c.lineCount)),
        ],
      },
      {
        name: "Lines",
        columns: [
          { header: "Program", width: 28 },
          { header: "Function", width: 10 },
          { header: "Object", width: 10 },
          { header: "Action step", width: 12 },
          { header: "School", width: 30 },
          { header: "Description", width: 50 },
          { header: "Quantity", width: 10 },
          { header: "Unit price", money: true, width: 14 },
          { header: "Amount", money: true, width: 16 },
          { header: "Vendor", width: 24 },
          { header: "Narrative", width: 60 },
          { header: "Position", width: 14 },
          { header: "Account string", width: 28 },
          { header: "Status", width: 12 },
        ],
        rows: lines.map((l) => [
          programName(l.fundingSource.code),
          l.functionCode,
          l.objectCode,
          `${l.actionStep.need.number}.${l.actionStep.number}`,
          l.school?.name ?? "District",
          l.description,
          l.quantity,
          l.unitPriceCents,
          l.amountCents,
          l.vendor,
          l.narrative,
          l.position?.code ?? null,
          accountOf(l),
          l.status === "DRAFT" ? "Draft" : "Approved",
        ]),
        totals: [
          "Total",
          "",
          "",
          "",
          "",
          "",
          null,
          null,
          sum(lines.map((l) => l.amountCents)),
          "",
          "",
          "",
          "",
          "",
        ],
      },
      {
        name: "Money picture",
        columns: [
          { header: "Program", width: 28 },
          { header: "Available", money: true, width: 16 },
          { header: "Reserved", money: true, width: 16 },
          { header: "To schools", money: true, width: 16 },
          { header: "District lines beyond reservations", money: true, width: 18 },
          { header: "Unbudgeted", money: true, width: 16 },
        ],
        rows: programs.map((p) => [
          programName(p.program),
          p.available,
          p.reserved,
          p.toSchools,
          p.districtLinesBeyondReservations,
          p.unbudgeted,
        ]),
      },
      complianceSheet(report.checks),
      about(
        district,
        year,
        `Budget lines of the year${chart ? `, coded in the ${chart.state} chart of accounts (${chart.edition})` : ""}`,
        by,
      ),
    ],
  };
}

import type { EntityManager } from "@mikro-orm/postgresql";

import {
  budgetLineKey,
  readBudgetLines,
  type BudgetLineRecord,
  type FileProblem,
} from "@allot/district-files";
import {
  accountCodeProblems,
  availableFromAward,
  budgetLineProblems,
  formatMoney,
  PROGRAMS,
  usd,
  type Cents,
  type ProgramCode,
} from "@allot/engine";

import { lockAward, transfersOf } from "../award/award.service.js";
import { districtChart } from "../budget/budget.service.js";
import {
  fieldChanges,
  importTransaction,
  MAX_CHANGES,
  NOTHING,
  tableOf,
  type DistrictFile,
  type ImportOutcome,
} from "./file-import.js";

type Step = { id: string; year: number; label: string; programs: ProgramCode[] };
type Existing = {
  id: string;
  year: number;
  program: ProgramCode;
  need: number;
  step: number;
  nces: string | null;
  account_code: string | null;
  function_code: string | null;
  object_code: string | null;
  amount_cents: string;
  description: string;
  /** A position's derived line: counted against the award, never matched or changed by a file. */
  position_id: string | null;
};

/**
 * Loads budget lines: which program pays how much for which action step of the year's plan, at
 * which school. Every line obeys the rules a line typed in the app obeys (ESEA 1114/1115 and the
 * plan: the program must be a funding source of the step; the program's lines may not exceed what
 * it has for the year), checked for the whole file against the locked awards. A line is known by
 * year, program, action step, school and account code: re-importing updates it instead of adding.
 */
export async function importBudgetLines(
  em: EntityManager,
  districtId: string,
  file: DistrictFile,
  dryRun: boolean,
): Promise<ImportOutcome> {
  const table = await tableOf(file);
  if (!Array.isArray(table)) return { ...NOTHING, problems: [table] };
  const { lines, problems } = readBudgetLines(table);
  if (problems.length) return { ...NOTHING, problems };
  const yearsInFile = [...new Set(lines.map((l) => l.fiscalYear))];

  return importTransaction(em, districtId, file, "BudgetLine", dryRun, async (tx, trx) => {
    const q = <T>(sql: string, params: unknown[]) => tx.execute<T[]>(sql, params);
    // One after another: the statements share the transaction's connection.
    const years = await q<{ id: string; year: number }>(
      `select id, year from fiscal_year where district_id = ? and year = any(?::int[])`,
      [districtId, `{${yearsInFile.join(",")}}`],
    );
    const sources = await q<{ id: string; code: ProgramCode }>(
      `select id, code from funding_source where district_id = ?`,
      [districtId],
    );
    const steps = await q<Step>(
      `select a.id, fy.year, n.number || '.' || a.number as label, coalesce(array_agg(fs.code) filter (where fs.code is not null), '{}') as programs
       from action_step a join overarching_need n on n.id = a.need_id join improvement_plan p on p.id = n.plan_id join fiscal_year fy on fy.id = p.fiscal_year_id
       left join action_step_funding_source l on l.action_step_id = a.id left join funding_source fs on fs.id = l.funding_source_id
       where a.district_id = ? and fy.year = any(?::int[]) group by a.id, fy.year, n.number, a.number`,
      [districtId, `{${yearsInFile.join(",")}}`],
    );
    const schools = await q<{ id: string; nces_school_id: string }>(
      `select id, nces_school_id from school where district_id = ?`,
      [districtId],
    );
    const existing = await q<Existing>(
      `select b.id, fy.year, fs.code as program, n.number as need, a.number as step, s.nces_school_id as nces, b.account_code, b.function_code, b.object_code, b.amount_cents::text as amount_cents, b.description, b.position_id
       from budget_line b join fiscal_year fy on fy.id = b.fiscal_year_id join funding_source fs on fs.id = b.funding_source_id
       join action_step a on a.id = b.action_step_id join overarching_need n on n.id = a.need_id left join school s on s.id = b.school_id
       where b.district_id = ? and fy.year = any(?::int[]) for update of b`,
      [districtId, `{${yearsInFile.join(",")}}`],
    );
    const yearId = new Map(years.map((y) => [y.year, y.id]));
    const sourceId = new Map(sources.map((s) => [s.code, s.id]));
    const stepOf = new Map(steps.map((s) => [`${s.year}|${s.label}`, s]));
    const schoolId = new Map(schools.map((s) => [s.nces_school_id, s.id]));
    const known = new Map<string, Existing[]>();
    for (const e of existing) {
      if (e.position_id) continue;
      const key = budgetLineKey({
        fiscalYear: e.year,
        program: e.program,
        actionStep: { need: e.need, step: e.step },
        ncesSchoolId: e.nces,
        accountCode: e.account_code,
      });
      known.set(key, [...(known.get(key) ?? []), e]);
    }

    const found: FileProblem[] = [];
    const chart = await districtChart(tx, districtId);
    const resolved: { line: BudgetLineRecord; step: Step; match: Existing | null }[] = [];
    for (const line of lines) {
      const label = `${line.actionStep.need}.${line.actionStep.step}`;
      if (!yearId.has(line.fiscalYear)) {
        found.push({
          row: line.row,
          column: "Fiscal Year",
          message: `The district has no FY${line.fiscalYear}: import that year's improvement plan first.`,
        });
        continue;
      }
      const step = stepOf.get(`${line.fiscalYear}|${label}`);
      if (!step)
        found.push({
          row: line.row,
          column: "Action Step",
          message: `The FY${line.fiscalYear} improvement plan has no action step ${label}.`,
        });
      if (line.ncesSchoolId && !schoolId.has(line.ncesSchoolId))
        found.push({
          row: line.row,
          column: "NCES School ID",
          message: `${line.ncesSchoolId} is not a school of the district.`,
        });
      if (chart)
        for (const p of accountCodeProblems(chart, line.fiscalYear, line))
          found.push({
            row: line.row,
            column: p.field === "functionCode" ? "Function" : "Object",
            message: p.message,
          });
      if (!step) continue;
      const allowed = budgetLineProblems({
        amount: line.amountCents,
        program: line.program,
        actionStepLabel: label,
        allowedPrograms: step.programs,
        available: Number.MAX_SAFE_INTEGER,
        budgetedElsewhere: 0,
      });
      for (const p of allowed)
        found.push({
          row: line.row,
          column: p.field === "amount" ? "Amount" : "Program",
          message: p.message,
        });
      const matches = known.get(budgetLineKey(line)) ?? [];
      if (matches.length > 1)
        found.push({
          row: line.row,
          column: "Account Code",
          message: `${matches.length} lines already budgeted have this program, action step, school and account code; give them account codes of their own in the app first.`,
        });
      resolved.push({ line, step, match: matches[0] ?? null });
    }

    // Per program and year: lines the file leaves alone plus the file's lines, within what the
    // program has (award + carryover + ESEA 5103 transfers), against the locked award.
    const replaced = new Set(resolved.flatMap((r) => (r.match ? [r.match.id] : [])));
    const groups = [
      ...new Set(resolved.map((r) => `${r.line.fiscalYear}|${r.line.program}`)),
    ].sort();
    for (const g of groups) {
      const [year, program] = [Number(g.split("|")[0]), g.split("|")[1] as ProgramCode];
      const award = await lockAward(tx, districtId, yearId.get(year)!, sourceId.get(program)!);
      const first = resolved.find((r) => r.line.fiscalYear === year && r.line.program === program)!;
      if (!award) {
        found.push({
          row: first.line.row,
          column: "Program",
          message: `${PROGRAMS[program].name} has no award for FY${year}: import the awards first.`,
        });
        continue;
      }
      const available = availableFromAward({
        amount: award.amountCents,
        carryoverIn: award.carryoverInCents,
        ...(await transfersOf(tx, districtId, yearId.get(year)!, sourceId.get(program)!)),
      });
      const kept = existing
        .filter((e) => e.year === year && e.program === program && !replaced.has(e.id))
        .reduce((a, e) => a + Number(e.amount_cents), 0);
      let total: Cents = kept;
      for (const r of resolved.filter(
        (x) => x.line.fiscalYear === year && x.line.program === program,
      )) {
        total += r.line.amountCents;
        if (total > available) {
          found.push({
            row: r.line.row,
            column: "Amount",
            message: `From this row, ${PROGRAMS[program].name} lines for FY${year} come to ${usd(total)}, more than the ${usd(available)} it has (award, carryover and transfers${kept ? `; ${usd(kept)} of it in lines not in this file` : ""}).`,
          });
          break;
        }
      }
    }

    // A file without codes (or a row with the cell empty) keeps the codes the line has.
    for (const r of resolved)
      if (r.match) {
        r.line.functionCode ??= r.match.function_code;
        r.line.objectCode ??= r.match.object_code;
      }
    const inserts = resolved.filter((r) => !r.match);
    const updates = resolved.filter(
      (r) =>
        r.match &&
        (Number(r.match.amount_cents) !== r.line.amountCents ||
          r.match.description !== r.line.description ||
          r.match.function_code !== r.line.functionCode ||
          r.match.object_code !== r.line.objectCode),
    );
    const changes = updates
      .flatMap(({ line, match }) =>
        fieldChanges(
          line.row,
          `${PROGRAMS[line.program].name}, FY${line.fiscalYear}, step ${line.actionStep.need}.${line.actionStep.step}${line.ncesSchoolId ? `, school ${line.ncesSchoolId}` : ""}`,
          {
            amount: formatMoney(Number(match!.amount_cents)),
            description: match!.description,
            functionCode: match!.function_code ?? "",
            objectCode: match!.object_code ?? "",
          },
          {
            amount: formatMoney(line.amountCents),
            description: line.description,
            functionCode: line.functionCode ?? "",
            objectCode: line.objectCode ?? "",
          },
          ["amount", "description", "functionCode", "objectCode"],
          {
            amount: "Amount",
            description: "Description",
            functionCode: "Function",
            objectCode: "Object",
          },
        ),
      )
      .slice(0, MAX_CHANGES);
    const outcome = {
      problems: found,
      written: false,
      rows: lines.length,
      inserted: inserts.length,
      updated: updates.length,
      unchanged: resolved.length - inserts.length - updates.length,
      changes,
    };
    if (found.length) return outcome;
    if (inserts.length) {
      await trx.raw(
        `insert into budget_line (id, district_id, fiscal_year_id, funding_source_id, action_step_id, school_id, amount_cents, description, account_code, function_code, object_code)
         select gen_random_uuid(), ?, r.fiscal_year_id, r.funding_source_id, r.action_step_id, r.school_id, r.amount_cents, r.description, r.account_code, r.function_code, r.object_code
         from jsonb_to_recordset(?::jsonb) as r(fiscal_year_id uuid, funding_source_id uuid, action_step_id uuid, school_id uuid, amount_cents bigint, description text, account_code text, function_code text, object_code text)`,
        [
          districtId,
          JSON.stringify(
            inserts.map(({ line, step }) => ({
              fiscal_year_id: yearId.get(line.fiscalYear),
              funding_source_id: sourceId.get(line.program),
              action_step_id: step.id,
              school_id: line.ncesSchoolId ? schoolId.get(line.ncesSchoolId) : null,
              amount_cents: line.amountCents,
              description: line.description,
              account_code: line.accountCode,
              function_code: line.functionCode,
              object_code: line.objectCode,
            })),
          ),
        ],
      );
    }
    if (updates.length) {
      // The version moves on, so someone editing one of these lines in the app is told, not overwritten.
      await trx.raw(
        `update budget_line b set amount_cents = r.amount_cents, description = r.description, function_code = r.function_code, object_code = r.object_code, version = b.version + 1, updated_at = now()
         from jsonb_to_recordset(?::jsonb) as r(id uuid, amount_cents bigint, description text, function_code text, object_code text) where b.id = r.id and b.district_id = ?`,
        [
          JSON.stringify(
            updates.map(({ line, match }) => ({
              id: match!.id,
              amount_cents: line.amountCents,
              description: line.description,
              function_code: line.functionCode,
              object_code: line.objectCode,
            })),
          ),
          districtId,
        ],
      );
    }
    return outcome;
  });
}

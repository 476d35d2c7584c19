import { z } from "zod";

import { amountProblem, BUDGET_USE_NAMES, BUDGET_USE_PROGRAM } from "./budget.js";
import { readMoney, usd } from "./money.js";
import { isProgramCode, PROGRAM_CODES, PROGRAMS, type ProgramCode } from "./programs.js";
import { BUDGET_USES, IDEA_SUBGRANTS, type BudgetUse } from "./vocabulary.js";

/**
 * The other inputs a person types, checked once here for the API and the admin app's forms (see
 * parameters-schema.ts for the conventions: money is a parameter, a message in lower case is
 * completed with its field's name).
 */

/** Why an input was refused: INVALID unless a check says otherwise. */
export type InputIssueCode = "INVALID" | "NEGATIVE" | "NOT_POSITIVE";

export interface InputIssue {
  /** Path inside the parameters, e.g. ["titleI", "reservations", "homeless"]. */
  path: string[];
  /** The whole sentence, with the field's name: "maxLossPercent must be a percentage ...". */
  message: string;
  /** The same without the name, for a form that shows it under the field: "Must be a percentage ...". */
  reason: string;
  code: InputIssueCode;
}

/** Money as a person types it ("1,250.50", "$1250.50"), read with the engine's money grammar. */
export const TYPED_MONEY = z.string().transform((text, ctx) => {
  const cents = readMoney(text.trim().replace(/^\$\s*/, ""));
  if (cents !== null) return cents;
  ctx.addIssue({ code: "custom", message: "must be dollars and cents, e.g. 1,250.50." });
  return z.NEVER;
});

export const MAX_LINE_DESCRIPTION = 500;
export const MAX_ACCOUNT_CODE = 64;

const trimmedLength = (min: number, max: number, message: string) =>
  z.string().refine((s) => s.trim().length >= min && s.trim().length <= max, message);

const CODE = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z]{1,8}$/, "must be the chart's code: 1 to 8 letters or digits.");

/** A whole number of items as a person types it ("12") or as the API sends it. */
export const TYPED_COUNT = z.string().transform((text, ctx) => {
  const t = text.trim();
  if (/^\d{1,7}$/.test(t)) return Number(t);
  ctx.addIssue({ code: "custom", message: "must be a whole number, e.g. 12." });
  return z.NEVER;
});

const positive = (money: z.ZodType<number, unknown>) =>
  money.superRefine((cents, ctx) => {
    const p = amountProblem(cents);
    if (p) ctx.addIssue({ code: "custom", message: p.message, params: { code: p.code } });
  });

/**
 * What a budget line says about itself; the plan, the award and the chart of accounts are checked
 * by the API against the district's data. The amount is given, or derived from quantity x unit
 * price (see budgetLineItemIssues).
 */
export function budgetLineFieldsSchema(
  money: z.ZodType<number, unknown>,
  count: z.ZodType<number, unknown>,
) {
  const text = (max: number, label: string) =>
    trimmedLength(0, max, `${label} is longer than ${max} characters.`).nullish();
  return z.object({
    program: z.enum(PROGRAM_CODES, { error: "Choose a program the plan lists for this step." }),
    amount: positive(money).nullish(),
    description: z
      .string()
      .refine((s) => s.trim().length > 0, "Description is required: say what the money buys.")
      .refine(
        (s) => s.trim().length <= MAX_LINE_DESCRIPTION,
        `Description is longer than ${MAX_LINE_DESCRIPTION} characters.`,
      ),
    accountCode: text(MAX_ACCOUNT_CODE, "Account code"),
    functionCode: CODE.nullish(),
    objectCode: CODE.nullish(),
    use: z.enum(BUDGET_USES, { error: "Choose one of the listed uses." }).nullish(),
    subgrant: z.enum(IDEA_SUBGRANTS, { error: "Choose IDEA_611 or IDEA_619." }).nullish(),
    quantity: count
      .refine(
        (n) => Number.isInteger(n) && n >= 1 && n <= MAX_QUANTITY,
        `must be a whole number from 1 to ${MAX_QUANTITY.toLocaleString("en-US")}.`,
      )
      .nullish(),
    unitPrice: positive(money).nullish(),
    vendor: text(200, "Vendor"),
    narrative: text(MAX_NARRATIVE, "Narrative"),
    priorApproval: text(200, "Prior approval"),
  });
}

export const MAX_QUANTITY = 1_000_000;
export const MAX_NARRATIVE = 2000;

/** What the cross-field rules of a line read. */
interface ItemFields {
  program?: string | null;
  amount?: number | null;
  quantity?: number | null;
  unitPrice?: number | null;
  use?: string | null;
  subgrant?: string | null;
}

/**
 * The rules between a line's fields: an item line gives quantity and unit price together and its
 * amount is their product; a line without them gives its amount; a use belongs to one program.
 */
export function budgetLineItemIssues(v: ItemFields): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  const hasQ = v.quantity != null;
  const hasP = v.unitPrice != null;
  if (hasQ !== hasP)
    issues.push(
      hasQ
        ? { path: "unitPrice", message: "Unit price is required with a quantity." }
        : { path: "quantity", message: "Quantity is required with a unit price." },
    );
  else if (hasQ && hasP) {
    const product = v.quantity! * v.unitPrice!;
    if (v.amount != null && v.amount !== product)
      issues.push({
        path: "amount",
        message: `Amount must be quantity x unit price (${usd(product)}), or left out to be computed.`,
      });
  } else if (v.amount == null)
    issues.push({ path: "amount", message: "Amount is required (or a quantity and unit price)." });
  if (
    v.use &&
    isProgramCode(v.program ?? "") &&
    BUDGET_USE_PROGRAM[v.use as BudgetUse] !== v.program
  )
    issues.push({
      path: "use",
      message: `${BUDGET_USE_NAMES[v.use as BudgetUse]} is a use of ${PROGRAMS[BUDGET_USE_PROGRAM[v.use as BudgetUse]].name}, not of ${PROGRAMS[v.program as ProgramCode].name}.`,
    });
  if (v.subgrant && isProgramCode(v.program ?? "") && v.program !== "IDEA_B")
    issues.push({
      path: "subgrant",
      message: `Only IDEA Part B lines name a subgrant (611 or 619), not ${PROGRAMS[v.program as ProgramCode].name}.`,
    });
  return issues;
}

/** What a person gives when creating a scenario: a name, and the scenario to copy if any. */
export const NEW_SCENARIO_FIELDS = z
  .object({
    name: trimmedLength(1, 200, "Name must be 1-200 characters."),
    source: z.enum(["EMPTY", "ADOPTED", "SCENARIO"]),
    sourceScenarioId: z.string().nullish(),
  })
  .superRefine((v, ctx) => {
    if (v.source === "SCENARIO" && !v.sourceScenarioId)
      ctx.addIssue({
        code: "custom",
        path: ["sourceScenarioId"],
        message: "Choose the scenario to copy.",
      });
  });

/** An API token's name, lifetime and, for a school leader's, its one school. */
export const API_TOKEN_FIELDS = z
  .object({
    name: trimmedLength(1, 100, "must be 1 to 100 characters."),
    role: z.string(),
    expiresInDays: z
      .number({ error: "must be a whole number from 1 to 365." })
      .refine(
        (d) => Number.isInteger(d) && d >= 1 && d <= 365,
        "must be a whole number from 1 to 365.",
      ),
    schoolId: z.string().nullish(),
  })
  .superRefine((v, ctx) => {
    if (v.role === "SCHOOL_LEADER" && v.schoolId == null)
      ctx.addIssue({
        code: "custom",
        path: ["schoolId"],
        message: "A school leader's token needs the school it may see.",
      });
    if (v.role !== "SCHOOL_LEADER" && v.schoolId != null)
      ctx.addIssue({
        code: "custom",
        path: ["schoolId"],
        message: "Only a school leader's token has a school.",
      });
  });

/** A budget line's own fields as the API reads them, and as a person types them. */
export const BUDGET_LINE_FIELDS = budgetLineFieldsSchema(z.number(), z.number());
export const TYPED_BUDGET_LINE_FIELDS = budgetLineFieldsSchema(TYPED_MONEY, TYPED_COUNT);

/**
 * Every problem of `input` under `schema`, each at its path with its message completed by the
 * field's name (see above) and its code. Empty when the input is valid.
 */
/** One of the engine's input schemas (without naming zod in the apps that use them). */
export type InputSchema = z.ZodType;

export function inputIssues(schema: InputSchema, input: unknown): InputIssue[] {
  const parsed = schema.safeParse(input);
  if (parsed.success) return [];
  return parsed.error.issues.map((i) => {
    const path = i.path.map(String);
    const name = [...path].reverse().find((p) => !/^\d+$/.test(p)) ?? "value";
    const code = (i as { params?: { code?: InputIssueCode } }).params?.code ?? "INVALID";
    const partial = /^[a-z]/.test(i.message);
    const message = partial ? `${name} ${i.message}` : i.message;
    const reason = partial ? i.message.charAt(0).toUpperCase() + i.message.slice(1) : i.message;
    return { path, message, reason, code };
  });
}

import { z } from "zod";

import { amountProblem } from "./budget.js";
import { readMoney } from "./money.js";
import { PROGRAM_CODES } from "./programs.js";

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

/** What a budget line says about itself; the plan and the award are checked by budgetLineProblems. */
export function budgetLineFieldsSchema(money: z.ZodType<number, unknown>) {
  return z.object({
    program: z.enum(PROGRAM_CODES, { error: "Choose a program the plan lists for this step." }),
    amount: money.superRefine((cents, ctx) => {
      const p = amountProblem(cents);
      if (p) ctx.addIssue({ code: "custom", message: p.message, params: { code: p.code } });
    }),
    description: z
      .string()
      .refine((s) => s.trim().length > 0, "Description is required: say what the money buys.")
      .refine(
        (s) => s.trim().length <= MAX_LINE_DESCRIPTION,
        `Description is longer than ${MAX_LINE_DESCRIPTION} characters.`,
      ),
    accountCode: trimmedLength(
      0,
      MAX_ACCOUNT_CODE,
      `Account code is longer than ${MAX_ACCOUNT_CODE} characters.`,
    ).nullish(),
  });
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
export const BUDGET_LINE_FIELDS = budgetLineFieldsSchema(z.number());
export const TYPED_BUDGET_LINE_FIELDS = budgetLineFieldsSchema(TYPED_MONEY);

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

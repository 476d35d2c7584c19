import { OptimisticLockError } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";

import { inputIssues, type InputSchema } from "@allot/engine/inputs";

/**
 * What a service answers when it refuses an input: a domain problem, free of GraphQL. Resolvers
 * hand problems to the payload's `userErrors` (see user-error.ts); nothing was written when a
 * service answers any.
 */

export const PROBLEM_CODES = [
  "INVALID",
  "NOT_FOUND",
  "NOT_POSITIVE",
  "NEGATIVE",
  "BELOW_BUDGETED",
  "TRANSFER_NOT_ALLOWED",
  "PROGRAM_NOT_ALLOWED",
  "OVER_AWARD",
  "OVER_ENVELOPE",
  "NO_AWARD",
  "CONFLICT",
  "PLAN_MALFORMED",
  "PLAN_IN_USE",
  "INVALID_CREDENTIALS",
  "TOO_MANY_ATTEMPTS",
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** A problem the caller can fix, at the input field it names. */
export interface Problem {
  /** Path to the input field at fault, e.g. ["input", "parameters", "weights", "homeless"]. */
  field: string[];
  message: string;
  code: ProblemCode;
}

/** A service's answer: the value, or why the input was refused. */
export type Outcome<T> = { ok: true; value: T } | Refused;
export type Refused = { ok: false; errors: Problem[] };

/** A problem at `field`, written with dots for nested input fields ("parameters.weights.homeless"). */
export function problem(field: string, message: string, code: ProblemCode): Problem {
  return { field: ["input", ...field.split(".")], message, code };
}

/** A refused outcome carrying one problem. */
export function refused(field: string, message: string, code: ProblemCode): Refused {
  return { ok: false, errors: [problem(field, message, code)] };
}

/** Every problem of `input` under one of the engine's input schemas, at its input field. */
export function problemsOf(schema: InputSchema, input: unknown): Problem[] {
  return inputIssues(schema, input).map((i) => problem(i.path.join("."), i.message, i.code));
}

/**
 * A record the caller named: the row id it names (null when it names none of the expected type)
 * and the text as given, for the message that says it was not found. Resolvers make it from a
 * global id (global-id.ts refOf), so services never decode ids.
 */
export interface Ref {
  id: string | null;
  given: string;
}

/**
 * Thrown inside a transaction to roll it back with the problems to answer: a change that touched
 * a managed entity before a check failed must not let the commit write what it touched.
 */
export class Refusal extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems[0]?.message ?? "refused");
  }
}

/**
 * Runs a change in one transaction and answers its outcome: a Refusal thrown inside, or a row
 * someone else changed first (`conflict`), rolls it back and writes nothing.
 */
export async function refusableTransaction<T>(
  em: EntityManager,
  conflict: Problem,
  fn: (tx: EntityManager) => Promise<T>,
): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await em.transactional(fn) };
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, errors: e.problems };
    if (e instanceof OptimisticLockError) return { ok: false, errors: [conflict] };
    throw e;
  }
}

/** A change's outcome with its answer read back after the commit; a refusal passes as it is. */
export async function readBack<T, U>(
  outcome: Outcome<T>,
  read: (value: T) => Promise<U>,
): Promise<Outcome<U>> {
  return outcome.ok ? { ok: true, value: await read(outcome.value) } : outcome;
}

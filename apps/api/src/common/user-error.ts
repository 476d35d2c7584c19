import { Field, registerEnumType } from "type-graphql";

import { enumObject } from "./enums.js";
import { ObjectType } from "./object-type.js";
import { PROBLEM_CODES, type Outcome, type Problem, type ProblemCode } from "./problem.js";

export const UserErrorCode = enumObject(PROBLEM_CODES);
registerEnumType(UserErrorCode, {
  name: "UserErrorCode",
  description: "Why an input was refused; each is fixable by the caller.",
});

/** A service's Problem as the API shows it. Nothing was written when a payload carries one. */
@ObjectType({
  description:
    "A problem with the input that the caller can fix. When a payload has any, nothing was written.",
})
export class UserError implements Problem {
  @Field(() => [String], {
    description: 'Path to the input field at fault, e.g. ["input", "amount"].',
  })
  field!: string[];

  @Field({ description: "What is wrong, in words a person can act on." })
  message!: string;

  @Field(() => UserErrorCode, { description: "Machine-readable reason." })
  code!: ProblemCode;
}

/**
 * The one place a service's outcome becomes a mutation payload: `key` holds the mapped value, or
 * null with the problems as `userErrors`.
 */
export async function payload<P extends { userErrors: UserError[] }, K extends keyof P, T>(
  Payload: new () => P,
  key: K,
  outcome: Outcome<T>,
  toField: (value: T) => P[K] | Promise<P[K]>,
): Promise<P> {
  const result = new Payload();
  if (!outcome.ok) return Object.assign(result, { [key]: null, userErrors: outcome.errors });
  return Object.assign(result, { [key]: await toField(outcome.value), userErrors: [] });
}

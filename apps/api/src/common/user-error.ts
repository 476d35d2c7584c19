import { Field, registerEnumType } from "type-graphql";
import { ObjectType } from "./object-type.js";

export enum UserErrorCode {
  INVALID = "INVALID",
  NOT_FOUND = "NOT_FOUND",
  NOT_POSITIVE = "NOT_POSITIVE",
  NEGATIVE = "NEGATIVE",
  BELOW_BUDGETED = "BELOW_BUDGETED",
  TRANSFER_NOT_ALLOWED = "TRANSFER_NOT_ALLOWED",
  PROGRAM_NOT_ALLOWED = "PROGRAM_NOT_ALLOWED",
  OVER_AWARD = "OVER_AWARD",
  NO_AWARD = "NO_AWARD",
  CONFLICT = "CONFLICT",
  PLAN_MALFORMED = "PLAN_MALFORMED",
  PLAN_IN_USE = "PLAN_IN_USE",
  INVALID_CREDENTIALS = "INVALID_CREDENTIALS",
  TOO_MANY_ATTEMPTS = "TOO_MANY_ATTEMPTS",
}
registerEnumType(UserErrorCode, {
  name: "UserErrorCode",
  description: "Why an input was refused; each is fixable by the caller.",
});

/** A problem the caller can fix. Nothing was written when a payload carries one. */
@ObjectType({
  description:
    "A problem with the input that the caller can fix. When a payload has any, nothing was written.",
})
export class UserError {
  @Field(() => [String], {
    description: 'Path to the input field at fault, e.g. ["input", "amount"].',
  })
  field!: string[];

  @Field({ description: "What is wrong, in words a person can act on." })
  message!: string;

  @Field(() => UserErrorCode, { description: "Machine-readable reason." })
  code!: UserErrorCode;
}

export function userError(field: string, message: string, code: UserErrorCode): UserError {
  // "parameters.weights.englishLearners" names a nested input field.
  return Object.assign(new UserError(), { field: ["input", ...field.split(".")], message, code });
}

/** A refused outcome carrying one user error. */
export function refused(
  field: string,
  message: string,
  code: UserErrorCode,
): { ok: false; errors: UserError[] } {
  return { ok: false, errors: [userError(field, message, code)] };
}

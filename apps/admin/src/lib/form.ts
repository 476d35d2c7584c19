import { inputIssues, type InputSchema } from "@allot/engine/inputs";

/**
 * A form's errors from one of the engine's input schemas, the ones the API applies: each
 * problem's reason under the field its path names (`fieldOf` maps a path to a form field when the
 * form is shaped differently; a problem with no field is left to the server's answer).
 */
export function schemaErrors(
  schema: InputSchema,
  values: unknown,
  fieldOf: (path: readonly string[]) => string | null = (path) => path.join("."),
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of inputIssues(schema, values)) {
    const field = fieldOf(issue.path);
    if (field && !(field in errors)) errors[field] = issue.reason;
  }
  return errors;
}

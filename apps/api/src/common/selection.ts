import { Kind, type GraphQLResolveInfo } from "graphql";

/**
 * Whether the selection may ask for a field of the resolved value: false only when every
 * selection names other fields (a fragment counts as asking). Lets a resolver skip work nobody
 * will read, such as a payload's megabytes of results when the caller asked for its errors.
 */
export function asksFor(info: GraphQLResolveInfo, field: string): boolean {
  return info.fieldNodes.some(
    (n) =>
      n.selectionSet?.selections.some((s) => s.kind !== Kind.FIELD || s.name.value === field) ??
      true,
  );
}

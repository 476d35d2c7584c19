import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  type GraphQLNamedType,
  type GraphQLSchema,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../../common/connection.js";

/**
 * What a query asks for, estimated before it runs: each field costs 1, and a field taking `first`
 * repeats its selection that many times (50 when not given), so a page of 100 schools with ten
 * fields each costs about 1,000. Aliases count like any other field; fragments as if written out.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): number {
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const root = schema.getRootType(operation.operation);

  const pageOf = (field: FieldNode): number => {
    const arg = field.arguments?.find((a) => a.name.value === "first");
    if (!arg) return 1;
    const raw = arg.value.kind === Kind.VARIABLE ? variables[arg.value.name.value] : arg.value.kind === Kind.INT ? Number(arg.value.value) : undefined;
    const n = typeof raw === "number" ? raw : DEFAULT_PAGE_SIZE;
    return Math.min(Math.max(n, 1), MAX_PAGE_SIZE);
  };

  const costOf = (set: SelectionSetNode, parent: GraphQLNamedType | null | undefined, depth: number): number => {
    // Depth is refused by its own rule; this only guarantees the walk ends (fragment cycles too).
    if (depth > 64) return Number.POSITIVE_INFINITY;
    let cost = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        const def = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[s.name.value] : undefined;
        const type = def ? getNamedType(def.type) : null;
        const children = s.selectionSet && type && isCompositeType(type) ? costOf(s.selectionSet, type, depth + 1) : 0;
        cost += 1 + pageOf(s) * children;
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        cost += costOf(s.selectionSet, s.typeCondition ? schema.getType(s.typeCondition.name.value) : parent, depth + 1);
      } else {
        const f = fragments.get(s.name.value);
        if (f) cost += costOf(f.selectionSet, schema.getType(f.typeCondition.name.value), depth + 1);
      }
    }
    return cost;
  };
  return costOf(operation.selectionSet, root, 0);
}

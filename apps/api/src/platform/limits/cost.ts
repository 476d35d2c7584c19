import {
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";

import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../../common/connection.js";
import { listSize, type DistrictSizes } from "./list-sizes.js";

/**
 * What an operation asks for, estimated before it runs: each field costs 1, and a list repeats its
 * selection as many times as it can hold items: a connection its `first` (50 when not given), a
 * list sized by an argument (`_entities(representations:)`) that list's length, any other list
 * its real size in the caller's district (list-sizes.ts). Aliases count like any other field.
 *
 * One pass over the document: each fragment is costed once and its cost reused at every spread
 * (a fragment spread twice in a fragment spread twice ... stays linear work; only the number
 * grows). A cycle of fragments is unbounded. Depth, aliases and directives are GraphQL Armor's
 * validation rules (which memoize fragments too); the cost is ours because it needs what no
 * estimator library takes: the caller's district's row counts and the lengths of list arguments.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  sizes: DistrictSizes,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const memo = new Map<string, number>();
  const IN_PROGRESS = -1;

  const fragmentCost = (name: string): number => {
    const known = memo.get(name);
    if (known === IN_PROGRESS) return Number.POSITIVE_INFINITY; // a cycle: graphql-js refuses it too
    if (known !== undefined) return known;
    const f = fragments.get(name);
    if (!f) return 0; // validation names the unknown fragment
    memo.set(name, IN_PROGRESS);
    const cost = costOf(f.selectionSet, schema.getType(f.typeCondition.name.value));
    memo.set(name, cost);
    return cost;
  };

  const costOf = (set: SelectionSetNode, parent: GraphQLNamedType | null | undefined): number => {
    let cost = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        const def =
          parent && (isObjectType(parent) || isInterfaceType(parent))
            ? parent.getFields()[s.name.value]
            : undefined;
        const type = def ? getNamedType(def.type) : null;
        const children =
          s.selectionSet && type && isCompositeType(type) ? costOf(s.selectionSet, type) : 0;
        cost += 1 + (def ? itemsOf(def, s, variables, sizes) : 1) * children;
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        cost += costOf(
          s.selectionSet,
          s.typeCondition ? schema.getType(s.typeCondition.name.value) : parent,
        );
      } else {
        cost += fragmentCost(s.name.value);
      }
    }
    return cost;
  };
  return costOf(operation.selectionSet, schema.getRootType(operation.operation));
}

/** How many times a field's selection runs: its page, the length of its list argument, or its list size. */
function itemsOf(
  def: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Record<string, unknown>,
  sizes: DistrictSizes,
): number {
  if (def.args.some((a) => a.name === "first")) {
    const raw = valueOf(node.arguments?.find((a) => a.name.value === "first")?.value, variables);
    const n = typeof raw === "number" ? raw : DEFAULT_PAGE_SIZE;
    return Math.min(Math.max(n, 1), MAX_PAGE_SIZE);
  }
  const type = isNonNullType(def.type) ? def.type.ofType : def.type;
  if (!isListType(type)) return 1;
  // A list answered item for item from a list argument (federation's _entities): its length.
  const listArg = def.args.find((a) => isListType(isNonNullType(a.type) ? a.type.ofType : a.type));
  if (listArg) {
    const raw = valueOf(
      node.arguments?.find((a) => a.name.value === listArg.name)?.value,
      variables,
    );
    return Array.isArray(raw) ? Math.max(raw.length, 1) : 1;
  }
  return listSize(getNamedType(def.type).name, sizes);
}

/** The value of an argument literal or variable, as far as the cost needs it (numbers and list lengths). */
function valueOf(value: ValueNode | undefined, variables: Record<string, unknown>): unknown {
  if (!value) return undefined;
  if (value.kind === Kind.VARIABLE) return variables[value.name.value];
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.LIST) return value.values;
  return undefined;
}

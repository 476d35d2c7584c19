import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from "graphql";

/**
 * The root fields an operation selects, seen through fragments and aliases: their names and how
 * many selections there are. Each fragment is read once (memoized), so the walk is linear.
 */
export function rootFieldReader(document: DocumentNode) {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const memo = new Map<string, { names: Set<string>; uses: number }>();
  const read = (set: SelectionSetNode): { names: Set<string>; uses: number } => {
    const names = new Set<string>();
    let uses = 0;
    for (const s of set.selections) {
      let part: { names: Set<string>; uses: number } | undefined;
      if (s.kind === Kind.FIELD) {
        names.add(s.name.value);
        uses += 1;
        continue;
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        part = read(s.selectionSet);
      } else {
        part = memo.get(s.name.value);
        const f = fragments.get(s.name.value);
        if (!part && f) {
          memo.set(s.name.value, { names: new Set(), uses: 0 }); // a cycle adds nothing; validation refuses it
          part = read(f.selectionSet);
          memo.set(s.name.value, part);
        }
      }
      if (!part) continue;
      for (const n of part.names) names.add(n);
      uses += part.uses;
    }
    return { names, uses };
  };
  return read;
}

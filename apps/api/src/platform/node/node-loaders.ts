import type { EntityManager } from "@mikro-orm/postgresql";

import type { Node } from "../../common/node.js";

/**
 * Loads one object of a type by its id within the caller's district (an id from another district
 * is simply not found). `onlySchool`: a school leader's school; they see no other school's records.
 */
export type NodeLoader = (
  em: EntityManager,
  districtId: string,
  id: string,
  onlySchool: string | null,
) => Promise<Node | null>;

/** Each feature module declares the loaders of its types in `<feature>.nodes.ts`; schema.ts joins them. */
export type NodeLoaders = Record<string, NodeLoader>;

/** The entity mapped, or null when there is none. */
export function mapFound<E, T>(entity: E | null, to: (e: E) => T): T | null {
  return entity ? to(entity) : null;
}

import { GraphQLError } from "graphql";
import { Field, Int, type ClassType } from "type-graphql";

import { UUID } from "./global-id.js";
import { ObjectType } from "./object-type.js";

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 50;

@ObjectType({ description: "Where a page of a connection sits in the whole list." })
export class PageInfo {
  @Field({ description: "True when more items follow this page." })
  hasNextPage!: boolean;

  @Field({ description: "True when items precede this page." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first item on the page." })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Cursor of the last item; pass it as `after` for the next page.",
  })
  endCursor!: string | null;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay connection type for `T` (edges, nodes, pageInfo, totalCount). */
export function Connection<T extends object>(itemClass: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.` })
  class Edge {
    @Field({ description: "Opaque cursor of this item." })
    cursor!: string;

    @Field(() => itemClass, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items.` })
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => [Edge], { description: "The items with their cursors." })
    edges!: Edge[];

    @Field(() => [itemClass], { description: "The items, without cursors." })
    nodes!: T[];

    @Field(() => PageInfo, { description: "Paging information." })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "How many items match, across all pages." })
    totalCount!: number;
  }
  return ConnectionType;
}

/** `first` within 1..100, or a GraphQL error naming the argument (GitHub's convention). */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new GraphQLError(
      `Argument "first" must be between 1 and ${MAX_PAGE_SIZE}, got ${first}.`,
      {
        extensions: { code: "BAD_USER_INPUT", argument: "first" },
      },
    );
  }
  return first;
}

export function encodeCursor(value: string): string {
  return Buffer.from(`cursor:${value}`, "utf8").toString("base64url");
}

/** What each list's cursor holds, checked before it reaches SQL. */
export const CURSOR_SHAPES = {
  ncesSchoolId: /^\d{12}$/,
  sequence: /^\d{1,18}$/,
  uuid: UUID,
  /** A code the caller's district chose (a position code): any text of a code's length. */
  text: /^[\s\S]{1,200}$/,
} as const;

export function decodeCursor(cursor: string, shape: RegExp, argument = "after"): string {
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  if (!text.startsWith("cursor:") || !shape.test(text.slice("cursor:".length))) {
    throw new GraphQLError(`Argument "${argument}" is not a cursor from this API.`, {
      extensions: { code: "BAD_USER_INPUT", argument },
    });
  }
  return text.slice("cursor:".length);
}

/**
 * Builds a connection page from `rows` fetched with `limit + 1` (the extra row tells whether a
 * next page exists).
 */
export function toConnection<E, T extends object, C extends ConnectionShape<T>>(
  target: C,
  rows: E[],
  limit: number,
  after: string | null | undefined,
  totalCount: number,
  cursorOf: (row: E) => string,
  toNode: (row: E) => T,
): C {
  const edges = rows
    .slice(0, limit)
    .map((r) => ({ cursor: encodeCursor(cursorOf(r)), node: toNode(r) }));
  return Object.assign(target, {
    edges,
    nodes: edges.map((e) => e.node),
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > limit,
      hasPreviousPage: Boolean(after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  });
}

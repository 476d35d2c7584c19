import { Field, ID, InterfaceType } from "type-graphql";

/** Anything with a global id that `node(id:)` can fetch. */
@InterfaceType({ description: "An object with a global, opaque id that `node(id:)` fetches." })
export abstract class Node {
  @Field(() => ID, { description: "Global, opaque id. Stable; do not parse it." })
  id!: string;
}

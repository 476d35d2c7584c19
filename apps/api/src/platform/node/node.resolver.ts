import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";

import { fromGlobalId } from "../../common/global-id.js";
import { Node } from "../../common/node.js";
import type { Context } from "../../context.js";
import type { NodeLoaders } from "./node-loaders.js";

/** The Relay `node(id:)` field over the loaders it is built with. */
export function nodeResolver(loaders: NodeLoaders) {
  @Resolver()
  class NodeResolver {
    @Query(() => Node, {
      nullable: true,
      description: "Any object by its global id; null when there is none in your district.",
    })
    async node(
      @Ctx() ctx: Context,
      @Arg("id", () => ID, { description: "A global id." }) id: string,
    ): Promise<Node | null> {
      const parsed = fromGlobalId(id);
      // Own keys only: "constructor" or "valueOf" is not a type of ours.
      const load = parsed && Object.hasOwn(loaders, parsed.type) ? loaders[parsed.type] : undefined;
      return load && parsed
        ? load(ctx.em, ctx.districtId, parsed.id, ctx.principal?.schoolId ?? null)
        : null;
    }
  }
  return NodeResolver;
}

import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";

import { User } from "@allot/db";

import { requestLoader } from "../../common/loaders.js";
import type { Context } from "../../context.js";
import { ScenarioType } from "./scenario.type.js";

/**
 * "user:<email>" as "<name> (<email>)", "token:<name>" as "API token <name>": every approver a
 * request shows, read in one query (a list of scenarios costs one lookup, not one per scenario).
 */
function actorNames(ctx: Context) {
  return requestLoader<string, string>(ctx, "actor-names", async (actors) => {
    const emails = actors.filter((a) => a.startsWith("user:")).map((a) => a.slice(5));
    const users = emails.length
      ? await ctx.em.find(
          User,
          { district: ctx.districtId, email: { $in: emails } },
          { fields: ["name", "email"] },
        )
      : [];
    const names = new Map(users.map((u) => [u.email, u.name]));
    return actors.map((actor) => {
      const rest = actor.slice(actor.indexOf(":") + 1);
      if (actor.startsWith("token:")) return `API token ${rest}`;
      const name = actor.startsWith("user:") ? names.get(rest) : undefined;
      return name ? `${name} (${rest})` : rest;
    });
  });
}

@Resolver(() => ScenarioType)
export class ScenarioFieldsResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Who approved it, as a person reads it: the user\'s name, or "API token <name>".',
  })
  approvedByName(@Root() s: ScenarioType, @Ctx() ctx: Context): Promise<string | null> {
    return s.approvedBy ? actorNames(ctx).load(s.approvedBy) : Promise.resolve(null);
  }
}

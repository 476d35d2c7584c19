import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";

import { ApiToken, type Role, type TokenScope } from "@allot/db";

import { idOfType } from "../../common/global-id.js";
import type { Context } from "../../context.js";
import { SESSION_COOKIE } from "../../platform/auth/principal.js";
import { Allow } from "../../platform/auth/roles.js";
import {
  createApiToken,
  revokeApiToken,
  setSessionCookie,
  signIn,
  signOut,
} from "./auth.service.js";
import {
  ApiTokenType,
  CreateApiTokenInput,
  CreateApiTokenPayload,
  RevokeApiTokenInput,
  RevokeApiTokenPayload,
  SignInInput,
  SignInOptions,
  SignInPayload,
  SignOutPayload,
  toApiTokenType,
  toViewer,
  Viewer,
} from "./auth.type.js";

@Resolver()
export class AuthResolver {
  @Query(() => Viewer, { nullable: true, description: "Who is calling; null when signed out." })
  me(@Ctx() ctx: Context): Viewer | null {
    return ctx.principal ? toViewer(ctx.principal) : null;
  }

  @Query(() => SignInOptions, {
    description: "How people can sign in: shown before anyone is signed in.",
  })
  signInOptions(@Ctx() ctx: Context): SignInOptions {
    const label = ctx.settings.singleSignOnLabel;
    return Object.assign(new SignInOptions(), {
      password: true,
      singleSignOnLabel: label,
      singleSignOnUrl: label ? "/auth/oidc/login" : null,
    });
  }

  @Mutation(() => SignInPayload, {
    description:
      "Signs a person in with email and password and sets an httpOnly session cookie. Repeated failures make the next try wait.",
  })
  async signIn(
    @Ctx() ctx: Context,
    @Arg("input", () => SignInInput, { description: "Email and password." }) input: SignInInput,
  ): Promise<SignInPayload> {
    ctx.audit.actor = `user:${input.email.trim().toLowerCase()}`;
    const outcome = await signIn(
      ctx.em,
      ctx.settings.sessionSecret,
      input.email,
      input.password,
      ctx.res.req.ip ?? "unknown",
    );
    if (!outcome.ok)
      return Object.assign(new SignInPayload(), { viewer: null, userErrors: outcome.errors });
    setSessionCookie(ctx.res, outcome.sessionToken, ctx.settings.production);
    const u = outcome.user;
    const viewer = toViewer({
      kind: "USER",
      id: u.id,
      districtId: u.district.id,
      role: u.role,
      schoolId: u.school?.id ?? null,
      scope: "READ_WRITE",
      label: `user:${u.email}`,
      sessionId: null,
    });
    return Object.assign(new SignInPayload(), { viewer, userErrors: [] });
  }

  @Mutation(() => SignOutPayload, {
    description: "Ends this browser's session and clears its cookie.",
  })
  async signOut(@Ctx() ctx: Context): Promise<SignOutPayload> {
    const id = ctx.principal?.sessionId;
    if (id) await signOut(ctx.em, id);
    ctx.res.clearCookie(SESSION_COOKIE, { path: "/" });
    return Object.assign(new SignOutPayload(), { signedOut: Boolean(id) });
  }

  @Query(() => [ApiTokenType], {
    description: "The district's API tokens, newest first (administrators).",
  })
  async apiTokens(@Ctx() ctx: Context): Promise<ApiTokenType[]> {
    const rows = await ctx.em.find(
      ApiToken,
      { district: ctx.districtId },
      { orderBy: { createdAt: "desc" } },
    );
    return rows.map(toApiTokenType);
  }

  @Allow(["ADMINISTRATOR"])
  @Mutation(() => CreateApiTokenPayload, {
    description: "Creates an API token for an integration. Its secret is in this response only.",
  })
  async createApiToken(
    @Ctx() ctx: Context,
    @Arg("input", () => CreateApiTokenInput, { description: "Name, role, scope, expiry." })
    input: CreateApiTokenInput,
  ): Promise<CreateApiTokenPayload> {
    const outcome = await createApiToken(ctx.em, ctx.settings.sessionSecret, ctx.districtId, {
      name: input.name,
      role: input.role as Role,
      scope: input.scope as TokenScope,
      days: input.expiresInDays ?? 90,
      createdBy: ctx.actor,
      schoolId: input.schoolId == null ? null : (idOfType(input.schoolId, "School") ?? ""),
    });
    if (!outcome.ok)
      return Object.assign(new CreateApiTokenPayload(), {
        token: null,
        apiToken: null,
        userErrors: outcome.errors,
      });
    return Object.assign(new CreateApiTokenPayload(), {
      token: outcome.token,
      apiToken: toApiTokenType(outcome.row),
      userErrors: [],
    });
  }

  @Allow(["ADMINISTRATOR"])
  @Mutation(() => RevokeApiTokenPayload, { description: "Revokes an API token at once." })
  async revokeApiToken(
    @Ctx() ctx: Context,
    @Arg("input", () => RevokeApiTokenInput, { description: "Which token." })
    input: RevokeApiTokenInput,
  ): Promise<RevokeApiTokenPayload> {
    const outcome = await revokeApiToken(ctx.em, ctx.districtId, idOfType(input.id, "ApiToken"));
    if (!outcome.ok)
      return Object.assign(new RevokeApiTokenPayload(), {
        apiToken: null,
        userErrors: outcome.errors,
      });
    return Object.assign(new RevokeApiTokenPayload(), {
      apiToken: toApiTokenType(outcome.row),
      userErrors: [],
    });
  }
}

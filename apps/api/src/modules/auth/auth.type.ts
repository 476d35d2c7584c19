import { Field, ID, InputType, Int, registerEnumType } from "type-graphql";

import { ROLES, TOKEN_SCOPES, type ApiToken } from "@allot/db";

import { enumObject } from "../../common/enums.js";
import { toGlobalId } from "../../common/global-id.js";
import { ObjectType } from "../../common/object-type.js";
import { UserError } from "../../common/user-error.js";
import type { Principal } from "../../platform/auth/principal.js";
import { mayCall, MUTATION_RULES } from "../../platform/auth/roles.js";

export const RoleEnum = enumObject(ROLES);
registerEnumType(RoleEnum, {
  name: "Role",
  description: "What a person or token may do.",
  valuesConfig: {
    ADMINISTRATOR: { description: "Everything, including API tokens." },
    FINANCE_ANALYST: { description: "Awards, transfers and scenarios." },
    FEDERAL_PROGRAMS_DIRECTOR: { description: "The plan, budget lines, and approving scenarios." },
    SCHOOL_LEADER: { description: "Reads only, and only their own school." },
    VIEWER: { description: "Reads only." },
  },
});

export const TokenScopeEnum = enumObject(TOKEN_SCOPES);
registerEnumType(TokenScopeEnum, {
  name: "TokenScope",
  description: "READ tokens change nothing, whatever their role.",
});

@ObjectType({ description: "The caller: a signed-in person or an API token." })
export class Viewer {
  @Field({ description: "USER or TOKEN." })
  kind!: string;
  @Field({ description: "Email of the person, or name of the token." })
  name!: string;
  @Field(() => RoleEnum, { description: "Role." })
  role!: string;
  @Field(() => TokenScopeEnum, { description: "READ_WRITE for people; a token's scope." })
  scope!: string;
  @Field(() => ID, { nullable: true, description: "A school leader's school (global id)." })
  schoolId!: string | null;
  @Field(() => [String], {
    description: "The mutations this caller may call: an interface offers only these.",
  })
  allowedMutations!: string[];
}

export function toViewer(p: Principal): Viewer {
  return Object.assign(new Viewer(), {
    kind: p.kind,
    name: p.label.replace(/^(user|token):/, ""),
    role: p.role,
    scope: p.scope,
    schoolId: p.schoolId ? toGlobalId("School", p.schoolId) : null,
    allowedMutations: Object.keys(MUTATION_RULES)
      .filter(
        (m) =>
          mayCall(p.role, "mutation", m) &&
          (p.scope === "READ_WRITE" || !MUTATION_RULES[m]!.writes),
      )
      .sort(),
  });
}

@InputType({ description: "Email and password." })
export class SignInInput {
  @Field({ description: "Email." })
  email!: string;
  @Field({ description: "Password." })
  password!: string;
}

@ObjectType({ description: "The signed-in caller, or why not." })
export class SignInPayload {
  @Field(() => Viewer, {
    nullable: true,
    description: "Who is now signed in; the session cookie is set.",
  })
  viewer!: Viewer | null;
  @Field(() => [UserError], { description: "Why sign-in was refused." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Signed out." })
export class SignOutPayload {
  @Field({ description: "True when a session was ended." })
  signedOut!: boolean;
}

@ObjectType("ApiToken", {
  description: "An integration's credential. The secret itself is shown only once, at creation.",
})
export class ApiTokenType {
  @Field(() => ID, { description: "Global id." })
  id!: string;
  @Field({ description: "Name." })
  name!: string;
  @Field({ description: "First characters of the secret, to tell tokens apart." })
  prefix!: string;
  @Field(() => RoleEnum, { description: "Role it acts with." })
  role!: string;
  @Field(() => TokenScopeEnum, { description: "READ or READ_WRITE." })
  scope!: string;
  @Field({ description: "Expires (ISO 8601)." })
  expiresAt!: string;
  @Field(() => String, { nullable: true, description: "Revoked (ISO 8601)." })
  revokedAt!: string | null;
  @Field(() => String, { nullable: true, description: "Last used, to the minute (ISO 8601)." })
  lastUsedAt!: string | null;
  @Field({ description: "Who created it." })
  createdBy!: string;
  @Field(() => ID, {
    nullable: true,
    description: "A school leader token's school (global id): the only school it sees.",
  })
  schoolId!: string | null;
}

export function toApiTokenType(t: ApiToken): ApiTokenType {
  return Object.assign(new ApiTokenType(), {
    id: toGlobalId("ApiToken", t.id),
    name: t.name,
    prefix: t.prefix,
    role: t.role,
    scope: t.scope,
    expiresAt: t.expiresAt.toISOString(),
    revokedAt: t.revokedAt?.toISOString() ?? null,
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    createdBy: t.createdBy,
    schoolId: t.school ? toGlobalId("School", t.school.id) : null,
  });
}

@InputType({ description: "A new API token." })
export class CreateApiTokenInput {
  @Field({ description: 'A name people recognise, e.g. "ERP nightly sync".' })
  name!: string;
  @Field(() => RoleEnum, { description: "The role it acts with." })
  role!: string;
  @Field(() => TokenScopeEnum, { description: "READ or READ_WRITE." })
  scope!: string;
  @Field(() => Int, { nullable: true, description: "Days until it expires, 1-365 (default 90)." })
  expiresInDays?: number | null;
  @Field(() => ID, {
    nullable: true,
    description:
      "For a SCHOOL_LEADER token, required: the school (global id) it sees, and no other. Refused for other roles.",
  })
  schoolId?: string | null;
}

@ObjectType({ description: "The new token, with its secret shown this once." })
export class CreateApiTokenPayload {
  @Field(() => String, {
    nullable: true,
    description:
      "The secret: send it as `Authorization: Bearer <token>`. It cannot be shown again.",
  })
  token!: string | null;
  @Field(() => ApiTokenType, { nullable: true, description: "The token's record." })
  apiToken!: ApiTokenType | null;
  @Field(() => [UserError], { description: "Why it was refused." })
  userErrors!: UserError[];
}

@InputType({ description: "The token to revoke." })
export class RevokeApiTokenInput {
  @Field(() => ID, { description: "Global id of the token." })
  id!: string;
}

@ObjectType({ description: "The revoked token." })
export class RevokeApiTokenPayload {
  @Field(() => ApiTokenType, { nullable: true, description: "The token, now revoked." })
  apiToken!: ApiTokenType | null;
  @Field(() => [UserError], { description: "Why it was refused." })
  userErrors!: UserError[];
}

@ObjectType({ description: "How people can sign in here." })
export class SignInOptions {
  @Field({ description: "Email and password." })
  password!: boolean;
  @Field(() => String, {
    nullable: true,
    description: "Single sign-on: the button's words; null when not configured.",
  })
  singleSignOnLabel!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "Where the single sign-on starts (a browser navigation, not a GraphQL call).",
  })
  singleSignOnUrl!: string | null;
}

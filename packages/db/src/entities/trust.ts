import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
  type Opt,
  type Rel,
} from "@mikro-orm/core";

import { DistrictScoped } from "./base.js";
import { District } from "./district.js";
import { School } from "./school.js";

/** What a person (or an integration's token) may do. See docs/API.md, "Roles". */
export const ROLES = [
  "ADMINISTRATOR",
  "FINANCE_ANALYST",
  "FEDERAL_PROGRAMS_DIRECTOR",
  "SCHOOL_LEADER",
  "VIEWER",
] as const;
export type Role = (typeof ROLES)[number];

export const TOKEN_SCOPES = ["READ", "READ_WRITE"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** A person who signs in. An email belongs to one district. */
@Entity({ tableName: "app_user" })
export class User extends DistrictScoped {
  /** Lower-cased; unique across the deployment so sign-in needs no district. */
  @Property({ type: "string", length: 320, unique: true })
  email!: string;

  @Property({ type: "string" })
  name!: string;

  @Enum({ items: [...ROLES] })
  role!: Role;

  /**
   * A school leader's school: the only school they see. No foreign key: on Citus this table is a
   * reference table, which may not refer to a distributed one; the API finds the school in the
   * user's district before it sets it.
   */
  @ManyToOne(() => School, {
    nullable: true,
    fieldName: "school_id",
    createForeignKeyConstraint: false,
  })
  school: Rel<School> | null = null;

  /** argon2id hash (PHC string); null for single-sign-on only. */
  @Property({ type: "text", nullable: true, hidden: true })
  passwordHash: string | null = null;

  /** The OpenID Connect subject (`iss|sub`) once linked by a first single sign-on. */
  @Property({ type: "string", nullable: true, unique: true })
  oidcSubject: string | null = null;

  /** Seeded for the demo; production refuses to start while any exists. */
  @Property({ type: "boolean", default: false })
  demo: Opt<boolean> = false;

  @Property({ type: "boolean", default: false })
  disabled: Opt<boolean> = false;
}

/** A signed-in browser. The cookie holds a random token; only its keyed hash is stored. */
@Entity({ tableName: "user_session" })
export class Session extends DistrictScoped {
  @Property({ type: "string", length: 64, unique: true })
  tokenHash!: string;

  @ManyToOne(() => User, { fieldName: "user_id", deleteRule: "cascade" })
  user!: Rel<User>;

  @Index()
  @Property({ type: "datetime" })
  expiresAt!: Date;
}

/** An integration's credential: random, shown once, stored as a keyed hash, scoped and revocable. */
@Entity({ tableName: "api_token" })
// Two tokens in use may not share a name (two administrators creating one at once included).
@Index({
  name: "api_token_active_name_unique",
  expression: `create unique index "api_token_active_name_unique" on "api_token" ("district_id", "name") where "revoked_at" is null`,
})
export class ApiToken extends DistrictScoped {
  @Property({ type: "string" })
  name!: string;

  /** The first characters of the token, so a person can tell tokens apart. */
  @Property({ type: "string", length: 16 })
  prefix!: string;

  @Property({ type: "string", length: 64, unique: true })
  tokenHash!: string;

  /** The role the integration acts with. */
  @Enum({ items: [...ROLES] })
  role!: Role;

  /** READ tokens cannot change anything, whatever their role. */
  @Enum({ items: [...TOKEN_SCOPES] })
  scope!: TokenScope;

  /** A school leader token's school: the only school it sees (required for that role). No foreign key, as User.school. */
  @ManyToOne(() => School, {
    nullable: true,
    fieldName: "school_id",
    createForeignKeyConstraint: false,
  })
  school: Rel<School> | null = null;

  @Property({ type: "datetime" })
  expiresAt!: Date;

  @Property({ type: "datetime", nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: "datetime", nullable: true })
  lastUsedAt: Date | null = null;

  /** Who created it (an email, or "cli"). */
  @Property({ type: "string" })
  createdBy!: string;
}

/**
 * One change, append-only and hash-chained per district: `hash` = SHA-256 of `previousHash` and
 * the event's canonical JSON, so a changed or deleted row breaks the chain (`pnpm audit:verify`).
 */
@Entity({ tableName: "audit_event" })
@Unique({ properties: ["district", "hash"] })
export class AuditEvent {
  /**
   * Drawn by the chaining trigger under the district's lock, so the column has no default in the
   * database (the migration generator proposes one back: leave it out).
   */
  @PrimaryKey({ type: "bigint", autoincrement: true })
  sequence!: Opt<string>;

  @ManyToOne(() => District, { fieldName: "district_id", deleteRule: "cascade" })
  district!: Rel<District>;

  @Property({ type: "datetime", length: 3 })
  at!: Date;

  /** "user:<email>", "token:<name>" or "system". */
  @Property({ type: "string" })
  actor!: string;

  /** The mutation, e.g. updateBudgetLine. */
  @Property({ type: "string" })
  action!: string;

  @Property({ type: "string" })
  entityType!: string;

  @Property({ type: "string", nullable: true })
  entityId: string | null = null;

  @Property({ type: "json", nullable: true })
  before: unknown = null;

  @Property({ type: "json", nullable: true })
  after: unknown = null;

  @Property({ type: "string", nullable: true })
  requestId: string | null = null;

  @Property({ type: "string", length: 64 })
  previousHash!: string;

  @Property({ type: "string", length: 64 })
  hash!: string;
}

/**
 * A district's audit chain head, sealed with the server's secret (HMAC-SHA256 of district,
 * sequence and hash) and written as events are added: whoever can write to the database but does
 * not hold the secret cannot rewrite and re-chain the events without `audit:verify` noticing.
 */
@Entity({ tableName: "audit_checkpoint" })
@Unique({ properties: ["district", "sequence"] })
export class AuditCheckpoint extends DistrictScoped {
  @Property({ type: "bigint" })
  sequence!: string;

  @Property({ type: "string", length: 64 })
  hash!: string;

  @Property({ type: "string", length: 64 })
  mac!: string;
}

/**
 * A mutation sent with an Idempotency-Key header: a retry with the same key and the same request
 * gets the first answer back instead of running again. Kept 24 hours.
 */
@Entity({ tableName: "idempotency_key" })
@Unique({ properties: ["district", "principal", "key"] })
export class IdempotencyKey extends DistrictScoped {
  /** "USER:<id>" or "TOKEN:<id>": keys are per caller. */
  @Property({ type: "string", length: 80 })
  principal!: string;

  @Property({ type: "string", length: 200 })
  key!: string;

  /** SHA-256 of the query and variables: the same key with another request is refused. */
  @Property({ type: "string", length: 64 })
  requestHash!: string;

  /** Null while the first request is still running. */
  @Property({ type: "json", nullable: true })
  response: unknown = null;
}

/**
 * Failed sign-ins counted per email (whether or not it has an account, so the answer never tells)
 * and per address, each claimed in one atomic statement before the password is checked: tries
 * sent at once are counted one after another. Not per district: it is keyed by what a signed-out
 * caller sends, before any district is known.
 */
@Entity({ tableName: "sign_in_throttle" })
export class SignInThrottle {
  /** "email:<lower-cased email>" or "address:<ip>". */
  @PrimaryKey({ type: "string", length: 320 })
  key!: string;

  /** Failures in a row (a try counts as one until its password proves right). */
  @Property({ type: "integer", default: 0 })
  failures: Opt<number> = 0;

  /** No try is checked before this. */
  @Property({ type: "datetime", nullable: true })
  blockedUntil: Date | null = null;

  @Property({ type: "datetime", defaultRaw: "now()", onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}

import { UniqueConstraintViolationException } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Response } from "express";

import {
  ApiToken,
  auditContext,
  AuditEvent,
  School,
  Session,
  User,
  type Role,
  type TokenScope,
} from "@allot/db";
import { API_TOKEN_FIELDS } from "@allot/engine/inputs";

import { problemsOf, refused } from "../../common/problem.js";
import { keyedHash, newSecret, verifyPassword } from "../../platform/auth/credentials.js";
import { SESSION_COOKIE } from "../../platform/auth/principal.js";

export const SESSION_HOURS = 12;

/** How many failures in a row are free before each next one doubles the wait: per email, per address. */
export const SIGN_IN_FREE_FAILURES = { email: 3, address: 50 } as const;
/** The longest wait, seconds; and a streak of failures this old is forgotten. */
const MAX_WAIT_SECONDS = 900;
const STREAK_RESET = "1 hour";

/** The wait after `failures` in a row: none for the free ones, then 1 s, 2 s, 4 s ... 15 min. */
export function signInWaitSeconds(
  failures: number,
  free: number = SIGN_IN_FREE_FAILURES.email,
): number {
  return failures < free ? 0 : Math.min(2 ** (failures - free), MAX_WAIT_SECONDS);
}

export type SignInOutcome =
  { ok: true; user: User; sessionToken: string; expiresAt: Date } | ReturnType<typeof refused>;

/**
 * Signs a person in. Each try is first claimed against the caller's address and the email in one
 * atomic statement each, counted as a failure until its password proves right; the claims hold
 * their rows until the request's transaction ends, so tries sent at once are checked one after
 * another instead of all at once. An unknown email is counted, answered and
 * timed as a wrong password is, so neither the words nor the waits tell which emails have accounts.
 */
export async function signIn(
  em: EntityManager,
  secret: string,
  emailInput: string,
  password: string,
  address: string,
  now = new Date(),
): Promise<SignInOutcome> {
  const email = emailInput.trim().toLowerCase();
  let failures = 0;
  for (const [key, free] of [
    [`address:${address}`, SIGN_IN_FREE_FAILURES.address],
    [`email:${email}`, SIGN_IN_FREE_FAILURES.email],
  ] as const) {
    const claim = await claimTry(em, key, free, now);
    if (claim.wait > 0)
      return refused(
        "email",
        `Too many failed sign-ins: try again in ${claim.wait} s.`,
        "TOO_MANY_ATTEMPTS",
      );
    failures = claim.failures;
  }
  const user = await em.findOne(User, { email });
  const ok = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !ok || user.disabled) {
    if (user) {
      em.create(AuditEvent, {
        district: user.district,
        at: now,
        actor: `user:${email}`,
        action: "signIn (failed)",
        entityType: "User",
        entityId: user.id,
        before: { failedSignIns: failures - 1 },
        after: { failedSignIns: failures },
        requestId: auditContext.getStore()?.requestId ?? null,
        previousHash: "", // the database chains it
        hash: "",
      });
      await em.flush();
    }
    return refused("password", "The email or the password is wrong.", "INVALID_CREDENTIALS");
  }
  // The address's count stands: one good account must not clear another's guesses from the same place.
  await em.execute(
    `update sign_in_throttle set failures = 0, blocked_until = null, updated_at = ? where key = ?`,
    [now, `email:${email}`],
  );
  const { sessionToken, expiresAt } = await startSession(em, secret, user, now);
  return { ok: true, user, sessionToken, expiresAt };
}

/**
 * Claims one try for `key`: counts it as a failure and sets the wait that follows it, unless a wait
 * is still running. `wait` is 0 when the try may go ahead (with the failures in a row it makes),
 * else the seconds left to wait.
 */
async function claimTry(
  em: EntityManager,
  key: string,
  free: number,
  now: Date,
): Promise<{ wait: number; failures: number }> {
  const waitAfter = (failures: string) =>
    `case when ${failures} >= ${free} then ?::timestamptz + least(power(2, ${failures} - ${free}), ${MAX_WAIT_SECONDS}) * interval '1 second' end`;
  const streak = `case when t.updated_at < ?::timestamptz - interval '${STREAK_RESET}' then 1 else t.failures + 1 end`;
  const sql = `insert into sign_in_throttle as t (key, failures, blocked_until, updated_at) values (?, 1, ${waitAfter("1")}, ?)
     on conflict (key) do update set failures = ${streak}, blocked_until = ${waitAfter(streak)}, updated_at = ?
     where t.blocked_until is null or t.blocked_until <= ?
     returning failures`;
  // The key, then the time for every other placeholder.
  const claimed = await em.execute<{ failures: number }[]>(sql, [
    key,
    ...Array<Date>(sql.split("?").length - 2).fill(now),
  ]);
  if (claimed[0]) return { wait: 0, failures: claimed[0].failures };
  const [row] = await em.execute<{ blocked_until: Date | string | null }[]>(
    `select blocked_until from sign_in_throttle where key = ?`,
    [key],
  );
  const until = row?.blocked_until ? new Date(row.blocked_until).getTime() : now.getTime();
  return { wait: Math.max(1, Math.ceil((until - now.getTime()) / 1000)), failures: 0 };
}

/** A new server-side session for a person (password or single sign-on); the token goes in the cookie. */
export async function startSession(
  em: EntityManager,
  secret: string,
  user: User,
  now = new Date(),
) {
  const sessionToken = newSecret();
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
  em.create(Session, {
    district: user.district,
    user,
    tokenHash: keyedHash(secret, sessionToken),
    expiresAt,
  });
  await em.flush();
  return { sessionToken, expiresAt };
}

/** The session cookie: httpOnly, SameSite=Lax, Secure in production. */
export function setSessionCookie(res: Response, token: string, production: boolean): void {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: production,
    path: "/",
    maxAge: SESSION_HOURS * 3_600_000,
  });
}

/** Ends a session (through the unit of work, so the audit trail records it). */
export async function signOut(em: EntityManager, sessionId: string): Promise<void> {
  const session = await em.findOne(Session, { id: sessionId });
  if (!session) return;
  em.remove(session);
  await em.flush();
}

export interface NewToken {
  name: string;
  role: Role;
  scope: TokenScope;
  /** 1 to 365. */
  days: number;
  createdBy: string;
  /** A school leader token's school (required for that role, refused for others); "" for an id that is not a school's. */
  schoolId: string | null;
}

/** Creates an API token; the secret is returned once and only its keyed hash is kept. */
export async function createApiToken(
  em: EntityManager,
  secret: string,
  districtId: string,
  t: NewToken,
  now = new Date(),
) {
  const problems = problemsOf(API_TOKEN_FIELDS, {
    name: t.name,
    role: t.role,
    expiresInDays: t.days,
    schoolId: t.schoolId,
  });
  if (problems.length) return { ok: false as const, errors: problems };
  const name = t.name.trim();
  const taken = () =>
    refused("name", `A token named "${name}" exists; revoke it or pick another name.`, "INVALID");
  if (await em.count(ApiToken, { district: districtId, name, revokedAt: null })) return taken();
  let school: School | null = null;
  if (t.schoolId !== null) {
    school = t.schoolId ? await em.findOne(School, { id: t.schoolId, district: districtId }) : null;
    if (!school) return refused("schoolId", "No school of the district has that id.", "NOT_FOUND");
  }
  const token = newSecret("allot_");
  try {
    // Its own (nested) transaction: a name taken at the same moment undoes only this insert.
    const row = await em.transactional(async (tx) =>
      tx.create(ApiToken, {
        district: districtId,
        name,
        prefix: token.slice(0, 12),
        tokenHash: keyedHash(secret, token),
        role: t.role,
        scope: t.scope,
        expiresAt: new Date(now.getTime() + t.days * 86_400_000),
        createdBy: t.createdBy,
        school,
      }),
    );
    return { ok: true as const, token, row };
  } catch (e) {
    if (e instanceof UniqueConstraintViolationException) return taken(); // created at the same moment by someone else
    throw e;
  }
}

export async function revokeApiToken(em: EntityManager, districtId: string, id: string | null) {
  const row = id ? await em.findOne(ApiToken, { id, district: districtId }) : null;
  if (!row) return refused("id", "No such API token in this district.", "NOT_FOUND");
  row.revokedAt ??= new Date();
  await em.flush();
  return { ok: true as const, row };
}

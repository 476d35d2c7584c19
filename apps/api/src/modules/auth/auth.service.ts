import type { EntityManager } from "@mikro-orm/postgresql";
import { ApiToken, AuditEvent, auditContext, type Role, Session, type TokenScope, User } from "@allot/db";
import { refused, UserErrorCode } from "../../common/user-error.js";
import type { Response } from "express";
import { keyedHash, newSecret, verifyPassword } from "./credentials.js";
import { SESSION_COOKIE } from "./principal.js";

export const SESSION_HOURS = 12;

/** After the third failure in a row, each wrong password doubles the wait: 1 s, 2 s, 4 s ... 15 min. */
export function signInWaitSeconds(failures: number): number {
  return failures < 3 ? 0 : Math.min(2 ** (failures - 3), 900);
}

export type SignInOutcome = { ok: true; user: User; sessionToken: string; expiresAt: Date } | ReturnType<typeof refused>;

export async function signIn(em: EntityManager, secret: string, emailInput: string, password: string, now = new Date()): Promise<SignInOutcome> {
  const email = emailInput.trim().toLowerCase();
  const user = await em.findOne(User, { email });
  if (user && user.failedSignIns > 0 && user.lastFailedSignInAt) {
    const wait = signInWaitSeconds(user.failedSignIns) * 1000 - (now.getTime() - user.lastFailedSignInAt.getTime());
    if (wait > 0) return refused("email", `Too many failed sign-ins: try again in ${Math.ceil(wait / 1000)} s.`, UserErrorCode.TOO_MANY_ATTEMPTS);
  }
  const ok = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !ok || user.disabled) {
    if (user) {
      // Counted in SQL so two wrong tries at once both count; the audit trail keeps each one.
      await em.transactional(async (tx) => {
        const [row] = await tx.getConnection().execute<{ failed_sign_ins: number }[]>(
          `update app_user set failed_sign_ins = failed_sign_ins + 1, last_failed_sign_in_at = ? where id = ? returning failed_sign_ins`,
          [now, user.id],
          "all",
          tx.getTransactionContext(),
        );
        tx.create(AuditEvent, {
          district: user.district,
          at: now,
          actor: `user:${email}`,
          action: "signIn (failed)",
          entityType: "User",
          entityId: user.id,
          before: { failedSignIns: (row?.failed_sign_ins ?? 1) - 1 },
          after: { failedSignIns: row?.failed_sign_ins ?? 1 },
          requestId: auditContext.getStore()?.requestId ?? null,
          previousHash: "", // the database chains it
          hash: "",
        });
      });
    }
    return refused("password", "The email or the password is wrong.", UserErrorCode.INVALID_CREDENTIALS);
  }
  user.failedSignIns = 0;
  user.lastFailedSignInAt = null;
  const { sessionToken, expiresAt } = await startSession(em, secret, user, now);
  return { ok: true, user, sessionToken, expiresAt };
}

/** A new server-side session for a person (password or single sign-on); the token goes in the cookie. */
export async function startSession(em: EntityManager, secret: string, user: User, now = new Date()) {
  const sessionToken = newSecret();
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
  em.create(Session, { district: user.district, user, tokenHash: keyedHash(secret, sessionToken), expiresAt });
  await em.flush();
  return { sessionToken, expiresAt };
}

/** The session cookie: httpOnly, SameSite=Lax, Secure in production. */
export function setSessionCookie(res: Response, token: string, production: boolean): void {
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: "lax", secure: production, path: "/", maxAge: SESSION_HOURS * 3_600_000 });
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
}

/** Creates an API token; the secret is returned once and only its keyed hash is kept. */
export async function createApiToken(em: EntityManager, secret: string, districtId: string, t: NewToken, now = new Date()) {
  const name = t.name.trim();
  if (!name || name.length > 100) return refused("name", "name must be 1 to 100 characters.", UserErrorCode.INVALID);
  if (!Number.isInteger(t.days) || t.days < 1 || t.days > 365) return refused("expiresInDays", "expiresInDays must be a whole number from 1 to 365.", UserErrorCode.INVALID);
  if (await em.count(ApiToken, { district: districtId, name, revokedAt: null })) {
    return refused("name", `A token named "${name}" exists; revoke it or pick another name.`, UserErrorCode.INVALID);
  }
  const token = newSecret("allot_");
  const row = em.create(ApiToken, {
    district: districtId,
    name,
    prefix: token.slice(0, 12),
    tokenHash: keyedHash(secret, token),
    role: t.role,
    scope: t.scope,
    expiresAt: new Date(now.getTime() + t.days * 86_400_000),
    createdBy: t.createdBy,
  });
  await em.flush();
  return { ok: true as const, token, row };
}

export async function revokeApiToken(em: EntityManager, districtId: string, id: string | null) {
  const row = id ? await em.findOne(ApiToken, { id, district: districtId }) : null;
  if (!row) return refused("id", "No such API token in this district.", UserErrorCode.NOT_FOUND);
  row.revokedAt ??= new Date();
  await em.flush();
  return { ok: true as const, row };
}

import type { NextFunction, Request, Response } from "express";
import { parse as parseCookies } from "cookie";
import type { MikroORM } from "@mikro-orm/postgresql";
import { randomUUID } from "node:crypto";
import { ApiToken, type AuditActor, auditContext, type Role, Session, type TokenScope } from "@allot/db";
import { keyedHash } from "./credentials.js";

/** Who is calling: a signed-in person or an integration's token. */
export interface Principal {
  kind: "USER" | "TOKEN";
  /** The user's or the token's id. */
  id: string;
  districtId: string;
  role: Role;
  /** A school leader's school; null for everyone else. */
  schoolId: string | null;
  /** People always READ_WRITE (their role decides); tokens as created. */
  scope: TokenScope;
  /** How the audit trail names them: "user:<email>" or "token:<name>". */
  label: string;
  sessionId: string | null;
}

/** The caller, as authenticate() left it on the response's locals. */
export function principalOf(res: Response): Principal | null {
  return (res.locals.principal as Principal | null | undefined) ?? null;
}

export const SESSION_COOKIE = "allot_session";

/** The request's audit record: who, and (set by the authorize plugin) which mutation. */
export function auditOf(res: Response): AuditActor {
  return res.locals.audit as AuditActor;
}

/**
 * Reads the caller's credential: a Bearer API token, or else the session cookie. A bad token is
 * refused at once (an integration must know); a stale cookie just means signed out.
 */
export function authenticate(orm: MikroORM, secret: string) {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const authorization = req.headers.authorization;
      if (authorization) {
        const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
        const principal = token ? await fromToken(orm, secret, token) : null;
        if (!principal) {
          res.status(401).json({ errors: [{ message: "The API token is not valid, has expired or was revoked.", extensions: { code: "UNAUTHENTICATED" } }] });
          return;
        }
        res.locals.principal = principal;
      } else {
        const session = parseCookies(req.headers.cookie ?? "")[SESSION_COOKIE];
        res.locals.principal = session ? await fromSession(orm, secret, session) : null;
      }
      const requestId = /^[\w.-]{1,100}$/.test(String(req.headers["x-request-id"] ?? "")) ? String(req.headers["x-request-id"]) : randomUUID();
      res.setHeader("x-request-id", requestId);
      const audit: AuditActor = { actor: principalOf(res)?.label ?? "anonymous", action: "request", requestId };
      res.locals.audit = audit;
      // Every write made while answering is recorded as this caller's (see @allot/db audit.ts).
      auditContext.run(audit, next);
    } catch (e) {
      next(e);
    }
  };
}

async function fromToken(orm: MikroORM, secret: string, token: string): Promise<Principal | null> {
  const em = orm.em.fork();
  const row = await em.findOne(ApiToken, { tokenHash: keyedHash(secret, token), revokedAt: null, expiresAt: { $gt: new Date() } });
  if (!row) return null;
  // Last use to the minute: one small write a minute per token, not one per request.
  void em
    .getConnection()
    .execute(`update api_token set last_used_at = now() where id = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')`, [row.id])
    .catch(() => undefined);
  return { kind: "TOKEN", id: row.id, districtId: row.district.id, role: row.role, schoolId: null, scope: row.scope, label: `token:${row.name}`, sessionId: null };
}

async function fromSession(orm: MikroORM, secret: string, session: string): Promise<Principal | null> {
  const em = orm.em.fork();
  const row = await em.findOne(Session, { tokenHash: keyedHash(secret, session), expiresAt: { $gt: new Date() } }, { populate: ["user"] });
  if (!row || row.user.disabled) return null;
  const u = row.user;
  return { kind: "USER", id: u.id, districtId: u.district.id, role: u.role, schoolId: u.school?.id ?? null, scope: "READ_WRITE", label: `user:${u.email}`, sessionId: row.id };
}

import { randomUUID } from "node:crypto";

import type { MikroORM } from "@mikro-orm/postgresql";
import { parse as parseCookies } from "cookie";
import type { NextFunction, Request, Response } from "express";

import { auditContext, type AuditActor, type Role, type TokenScope } from "@allot/db";

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
          res.status(401).json({
            errors: [
              {
                message: "The API token is not valid, has expired or was revoked.",
                extensions: { code: "UNAUTHENTICATED" },
              },
            ],
          });
          return;
        }
        res.locals.principal = principal;
      } else {
        const session = parseCookies(req.headers.cookie ?? "")[SESSION_COOKIE];
        res.locals.principal = session ? await fromSession(orm, secret, session) : null;
      }
      const requestId = /^[\w.-]{1,100}$/.test(String(req.headers["x-request-id"] ?? ""))
        ? String(req.headers["x-request-id"])
        : randomUUID();
      res.setHeader("x-request-id", requestId);
      const audit: AuditActor = {
        actor: principalOf(res)?.label ?? "anonymous",
        action: "request",
        requestId,
      };
      res.locals.audit = audit;
      // Every write made while answering is recorded as this caller's (see @allot/db audit.ts).
      auditContext.run(audit, next);
    } catch (e) {
      next(e);
    }
  };
}

/** When this process last recorded each token's use (ms). */
const lastUseWritten = new Map<string, number>();

async function fromToken(orm: MikroORM, secret: string, token: string): Promise<Principal | null> {
  // Every API request starts here: one indexed read, plain rows (no entity to build and track).
  const conn = orm.em.getConnection();
  // A school leader token without a school (made before tokens had one) is not valid: it saw every school.
  const [row] = await conn.execute<
    {
      id: string;
      district_id: string;
      role: Role;
      scope: TokenScope;
      name: string;
      school_id: string | null;
    }[]
  >(
    `select id, district_id, role, scope, name, school_id from api_token
      where token_hash = ? and revoked_at is null and expires_at > now() and (role <> 'SCHOOL_LEADER' or school_id is not null)`,
    [keyedHash(secret, token)],
  );
  if (!row) return null;
  // Last use to the minute: one small write a minute per token and process, not a statement per
  // request (the guard in SQL keeps several processes from writing more than that between them).
  const now = Date.now();
  if ((lastUseWritten.get(row.id) ?? 0) < now - 60_000) {
    lastUseWritten.set(row.id, now);
    void conn
      .execute(
        `update api_token set last_used_at = now() where id = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')`,
        [row.id],
      )
      .catch(() => lastUseWritten.delete(row.id));
  }
  return {
    kind: "TOKEN",
    id: row.id,
    districtId: row.district_id,
    role: row.role,
    schoolId: row.school_id,
    scope: row.scope,
    label: `token:${row.name}`,
    sessionId: null,
  };
}

async function fromSession(
  orm: MikroORM,
  secret: string,
  session: string,
): Promise<Principal | null> {
  const [row] = await orm.em.getConnection().execute<
    {
      session_id: string;
      id: string;
      district_id: string;
      role: Role;
      school_id: string | null;
      email: string;
    }[]
  >(
    `select s.id as session_id, u.id, u.district_id, u.role, u.school_id, u.email
       from user_session s join app_user u on u.id = s.user_id
      where s.token_hash = ? and s.expires_at > now() and not u.disabled`,
    [keyedHash(secret, session)],
  );
  if (!row) return null;
  return {
    kind: "USER",
    id: row.id,
    districtId: row.district_id,
    role: row.role,
    schoolId: row.school_id,
    scope: "READ_WRITE",
    label: `user:${row.email}`,
    sessionId: row.session_id,
  };
}

import { randomUUID } from "node:crypto";

import type { EntityManager, MikroORM } from "@mikro-orm/postgresql";
import type { Response } from "express";

import { forkForDistrict, type AuditActor } from "@allot/db";

import type { ArtifactStore } from "./modules/monitoring/artifact-store.js";
import { auditOf, principalOf, type Principal } from "./platform/auth/principal.js";

export interface Context {
  /** A fresh EntityManager for this request only. */
  em: EntityManager;
  requestId: string;
  /** Who is calling; null when signed out (then only public fields run, see authorize.plugin.ts). */
  principal: Principal | null;
  /** The caller's district: every read and write is scoped to it. */
  readonly districtId: string;
  /** How the audit trail and approvals name the caller. */
  readonly actor: string;
  /** For setting and clearing the session cookie. */
  res: Response;
  settings: {
    sessionSecret: string;
    production: boolean;
    singleSignOnLabel: string | null;
    /** Where monitoring artifacts' bytes go; null keeps them in the database. */
    artifactStore: ArtifactStore | null;
  };
  /** Who the audit trail records for writes in this request, and which mutation. */
  audit: AuditActor;
  /** Per-request batch loaders (one query for a page, not one per row), by name. */
  loaders: Map<string, unknown>;
}

const NO_DISTRICT = "00000000-0000-0000-0000-000000000000";

export function createContext(
  orm: MikroORM,
  res: Response,
  settings: Context["settings"],
): Context {
  const principal = principalOf(res);
  return {
    em: forkForDistrict(orm, principal?.districtId ?? NO_DISTRICT),
    requestId: auditOf(res).requestId ?? randomUUID(),
    audit: auditOf(res),
    loaders: new Map(),
    principal,
    res,
    settings,
    // Apollo copies the context, so plain values, not getters. Signed out, the plugin lets only
    // public fields run; the nil district is a second lock: it matches no row.
    districtId: principal?.districtId ?? NO_DISTRICT,
    actor: principal?.label ?? "anonymous",
  };
}

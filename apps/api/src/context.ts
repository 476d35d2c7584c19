import type { Request } from "express";
import { randomUUID } from "node:crypto";
import type { EntityManager, MikroORM } from "@mikro-orm/postgresql";
import { GraphQLError } from "graphql";
import { District } from "@allot/db";

export interface Context {
  /** A fresh EntityManager for this request only. */
  em: EntityManager;
  /** Every read and write is scoped to this district. */
  districtId: string;
  requestId: string;
  /** Who is acting, recorded on approvals. Until sign-in lands: the X-Allot-User header. */
  actor: string;
}

/** Header naming the district (its NCES LEA id) on a deployment that serves several. */
export const DISTRICT_HEADER = "x-allot-district";

const districtIds = new Map<string, string>();

/**
 * Until sign-in lands, the district comes from the X-Allot-District header (NCES LEA id), or is
 * the only district of a single-district deployment.
 */
export async function createContext(orm: MikroORM, req: Request): Promise<Context> {
  const em = orm.em.fork();
  const requestId = (req.headers["x-request-id"] as string | undefined) ?? randomUUID();
  const wanted = (req.headers[DISTRICT_HEADER] as string | undefined)?.trim() ?? "";
  const actor = ((req.headers["x-allot-user"] as string | undefined) ?? "").trim().slice(0, 200) || "unidentified user";
  return { em, districtId: await districtIdFor(em, wanted), requestId, actor };
}

async function districtIdFor(em: EntityManager, ncesLeaId: string): Promise<string> {
  const cached = districtIds.get(ncesLeaId);
  if (cached) return cached;
  let district: District | null;
  if (ncesLeaId) {
    district = await em.findOne(District, { ncesLeaId });
    if (!district) throw badDistrict(`No district has NCES LEA id "${ncesLeaId}" (header ${DISTRICT_HEADER}).`);
  } else {
    const all = await em.find(District, {}, { limit: 2 });
    if (all.length !== 1) {
      throw badDistrict(
        all.length === 0 ? "No district is set up yet." : `This deployment serves several districts: send the ${DISTRICT_HEADER} header with an NCES LEA id.`,
      );
    }
    district = all[0]!;
  }
  // Named districts never change id; the implicit one may stop being the only one, so it is not cached.
  if (ncesLeaId) districtIds.set(ncesLeaId, district.id);
  return district.id;
}

function badDistrict(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_REQUEST", http: { status: 400 } } });
}

import type { Ref } from "./problem.js";

/**
 * Opaque global ids: base64url("Type:uuid"). Clients must not parse them; the server can tell the
 * type of any id, which `node(id:)` relies on.
 */
/** A UUID as PostgreSQL writes it: anything else would be refused by the database, not by us. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, "utf8").toString("base64url");
}

export function fromGlobalId(globalId: string): { type: string; id: string } | null {
  let decoded: string;
  try {
    decoded = Buffer.from(globalId, "base64url").toString("utf8");
  } catch {
    return null;
  }
  const colon = decoded.indexOf(":");
  if (colon <= 0) return null;
  const type = decoded.slice(0, colon);
  const id = decoded.slice(colon + 1);
  if (!/^[A-Za-z]{1,40}$/.test(type) || !UUID.test(id)) return null;
  return { type, id };
}

/** The uuid inside a global id of the expected type, or null. */
export function idOfType(globalId: string, type: string): string | null {
  const parsed = fromGlobalId(globalId);
  return parsed && parsed.type === type ? parsed.id : null;
}

/** The caller's global id as a reference to a row of `type` (see Ref). */
export function refOf(globalId: string, type: string): Ref {
  return { id: idOfType(globalId, type), given: globalId };
}

import { createHmac, randomBytes } from "node:crypto";

import { hash, verify } from "@node-rs/argon2";

// argon2id (the library's default algorithm) with OWASP's minimum (19 MiB, 2 passes, 1 lane):
// slow enough for stolen hashes, fast enough for a sign-in.
const ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

/** Verifies, or burns the same time on a dummy hash when there is no user, so timing does not tell. */
export async function verifyPassword(
  passwordHash: string | null,
  password: string,
): Promise<boolean> {
  try {
    return await verify(passwordHash ?? (await dummyHash()), password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
function dummyHash() {
  dummy ??= hash("not a password of anyone", ARGON2);
  return dummy;
}

/** A new random secret: `allot_` + 43 url-safe characters (256 bits) for tokens, plain for sessions. */
export function newSecret(prefix = ""): string {
  return `${prefix}${randomBytes(32).toString("base64url")}`;
}

/**
 * What is stored for a session or API token: HMAC-SHA256 keyed with the server's session secret.
 * A database leak alone does not reveal a usable credential.
 */
export function keyedHash(secret: string, value: string): string {
  return createHmac("sha256", secret).update(value).digest("hex");
}

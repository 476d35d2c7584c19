import { createHash, randomUUID } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * Where monitoring artifacts' bytes live when not in the database: a directory the operator
 * names (ARTIFACT_DIR), local or a mounted object store (S3, GCS or Azure through their file
 * gateways or a CSI volume). Files are named by district and SHA-256, so a file is written once
 * however often it is attached, and what is read back is checked against its name.
 */
export interface ArtifactStore {
  put(districtId: string, sha256: string, bytes: Buffer): Promise<void>;
  /** The bytes, or null when the store has no such file (or a changed one). */
  get(districtId: string, sha256: string): Promise<Buffer | null>;
}

const HEX64 = /^[0-9a-f]{64}$/;
const UUID = /^[0-9a-f-]{36}$/;

export function directoryStore(root: string): ArtifactStore {
  const fileOf = (districtId: string, sha256: string) => {
    // Both come from our own rows, never from a request; checked so no path can escape the root.
    if (!UUID.test(districtId) || !HEX64.test(sha256)) throw new Error("bad artifact key");
    return path.join(root, districtId, sha256);
  };
  return {
    async put(districtId, sha256, bytes) {
      const file = fileOf(districtId, sha256);
      await mkdir(path.dirname(file), { recursive: true });
      // Written beside it and renamed: a reader never sees half a file.
      const temp = `${file}.${randomUUID()}.part`;
      await writeFile(temp, bytes, { flag: "wx" });
      await rename(temp, file);
    },
    async get(districtId, sha256) {
      let bytes: Buffer;
      try {
        bytes = await readFile(fileOf(districtId, sha256));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw e;
      }
      return createHash("sha256").update(bytes).digest("hex") === sha256 ? bytes : null;
    },
  };
}

import { createHash } from "node:crypto";
import type { EntityManager, Knex } from "@mikro-orm/postgresql";
import { auditContext, AuditEvent } from "@allot/db";
import { FileFormatError, type FileProblem, readTable, type Table } from "@allot/district-files";

/** A file a district uploads: its name (the extension says the format) and its bytes. */
export interface DistrictFile {
  name: string;
  bytes: Uint8Array;
}

/** What every import answers: every problem, or what was (or on a dry run would be) written. */
export interface ImportOutcome {
  /** Every problem in the file; when there is any, nothing was written. */
  problems: FileProblem[];
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  written: boolean;
}

export const NOTHING = { rows: 0, inserted: 0, updated: 0, unchanged: 0, written: false } as const;

/** The file as a table, or the one problem that keeps it from being read at all. */
export async function tableOf(file: DistrictFile): Promise<Table | FileProblem> {
  try {
    return await readTable(file.name, file.bytes);
  } catch (e) {
    if (e instanceof FileFormatError) return { row: null, column: null, message: e.message };
    throw e;
  }
}

/** Thrown inside the import's transaction to undo it: on a dry run, or when the checks found problems. */
class Undo extends Error {
  constructor(readonly outcome: ImportOutcome) {
    super("undo");
  }
}

/**
 * Runs an import in one transaction. `body` checks against the locked rows and writes; when it
 * reports problems, or on a dry run, everything it did is rolled back, so a file is written whole
 * or not at all. A real import that changes something is recorded as one audit event.
 */
export async function importTransaction(
  em: EntityManager,
  districtId: string,
  file: DistrictFile,
  entityType: string,
  dryRun: boolean,
  body: (tx: EntityManager, trx: Knex.Transaction) => Promise<ImportOutcome & { details?: Record<string, unknown> }>,
): Promise<ImportOutcome> {
  try {
    return await em.transactional(async (tx) => {
      const { details, ...outcome } = await body(tx, tx.getTransactionContext<Knex.Transaction>()!);
      const changed = outcome.inserted + outcome.updated > 0;
      if (outcome.problems.length || dryRun || !changed) throw new Undo({ ...outcome, written: false });
      const who = auditContext.getStore();
      tx.create(AuditEvent, {
        district: districtId,
        at: new Date(),
        actor: who?.actor ?? "system",
        action: who?.action ?? `import${entityType}s`,
        entityType,
        entityId: null,
        before: null,
        after: { file: file.name, sha256: createHash("sha256").update(file.bytes).digest("hex"), rows: outcome.rows, inserted: outcome.inserted, updated: outcome.updated, unchanged: outcome.unchanged, ...details },
        requestId: who?.requestId ?? null,
        previousHash: "",
        hash: "",
      });
      return { ...outcome, written: true };
    });
  } catch (e) {
    if (e instanceof Undo) return e.outcome;
    throw e;
  }
}

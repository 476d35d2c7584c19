import { createHash } from "node:crypto";

import type { EntityManager, Knex } from "@mikro-orm/postgresql";

import { auditContext, AuditEvent } from "@allot/db";
import type { FileProblem, Table, TextEncoding } from "@allot/district-files";

import { offLoop, WorkLimitExceeded } from "../../workers/pool.js";

/** A file a district uploads: its name (the extension says the format) and its bytes. */
export interface DistrictFile {
  name: string;
  bytes: Uint8Array;
  /** A CSV's encoding when it is not UTF-8. */
  encoding?: TextEncoding | undefined;
}

/** One value an import would change in a known record: what it is, what it would become. */
export interface FieldChange {
  /** The file's row (1 = the header). */
  row: number;
  /** The record, as a person knows it ("Violet Hill (130123000001)", "Title I-A FY2022"). */
  record: string;
  field: string;
  before: string;
  after: string;
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
  /** Each value a known record would change, before and after (the first MAX_FILE_PROBLEMS). */
  changes?: FieldChange[];
}

export const NOTHING = { rows: 0, inserted: 0, updated: 0, unchanged: 0, written: false } as const;

/** Most before/after values an import reports (a state file can change thousands). */
export const MAX_CHANGES = 1_000;

/** The values of `fields` that differ between a known record and the file's, as before/after pairs. */
export function fieldChanges<T extends object>(
  row: number,
  record: string,
  before: T,
  after: T,
  fields: readonly (keyof T & string)[],
  names: Partial<Record<keyof T & string, string>> = {},
): FieldChange[] {
  // Every value compared is a column of the file: a string, number or boolean, or empty.
  const text = (v: unknown): string =>
    typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : "";
  return fields
    .filter((f) => text(before[f]) !== text(after[f]))
    .map((f) => ({
      row,
      record,
      field: names[f] ?? f,
      before: text(before[f]),
      after: text(after[f]),
    }));
}

/**
 * The file as a table, or the one problem that keeps it from being read at all. Read in a worker
 * thread within time and memory limits: a file that hits one is refused alone.
 */
export async function tableOf(file: DistrictFile): Promise<Table | FileProblem> {
  try {
    const read = await offLoop({
      kind: "table",
      name: file.name,
      bytes: file.bytes,
      encoding: file.encoding,
    });
    if (read.ok) return read.table;
    return {
      row: null,
      column: null,
      message: read.refusal === "plan" ? "The file could not be read." : read.message,
    };
  } catch (e) {
    if (e instanceof WorkLimitExceeded)
      return {
        row: null,
        column: null,
        message: `${file.name} could not be read: ${e.message} Split it into smaller files.`,
      };
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
  body: (
    tx: EntityManager,
    trx: Knex.Transaction,
  ) => Promise<ImportOutcome & { details?: Record<string, unknown> }>,
): Promise<ImportOutcome> {
  try {
    return await em.transactional(async (tx) => {
      const { details, ...outcome } = await body(tx, tx.getTransactionContext<Knex.Transaction>()!);
      const changed = outcome.inserted + outcome.updated > 0;
      if (outcome.problems.length || dryRun || !changed)
        throw new Undo({ ...outcome, written: false });
      const who = auditContext.getStore();
      tx.create(AuditEvent, {
        district: districtId,
        at: new Date(),
        actor: who?.actor ?? "system",
        action: who?.action ?? `import${entityType}s`,
        entityType,
        entityId: null,
        before: null,
        after: {
          file: file.name,
          sha256: createHash("sha256").update(file.bytes).digest("hex"),
          rows: outcome.rows,
          inserted: outcome.inserted,
          updated: outcome.updated,
          unchanged: outcome.unchanged,
          ...details,
        },
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

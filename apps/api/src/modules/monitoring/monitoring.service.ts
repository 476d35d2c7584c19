import { createHash } from "node:crypto";

import { LockMode } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";

import {
  ActionStep,
  MonitoringArtifact,
  StepMonitoring,
  type ImplementationStatus,
  type MonitoringWindow,
} from "@allot/db";

import {
  problem,
  readBack,
  refusableTransaction,
  Refusal,
  type Outcome,
  type Problem,
  type Ref,
} from "../../common/problem.js";
import { budgetedByStep } from "../plan-funding/plan-funding.service.js";
import type { ArtifactStore } from "./artifact-store.js";

/** Most bytes one artifact may have: it travels base64 inside a request of at most 2 MB. */
export const MAX_ARTIFACT_BYTES = 1_000_000;
/** Most artifacts one step keeps in one window. */
export const MAX_ARTIFACTS = 20;
const MAX_TEXT = 4_000;

/** The file types an artifact may be, and how each one's bytes begin (what a file says it is, it is). */
export const ARTIFACT_TYPES: Record<string, ((b: Uint8Array) => boolean) | null> = {
  "application/pdf": (b) => b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46,
  "image/png": (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47,
  "image/jpeg": (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": (b) =>
    b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04,
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": (b) =>
    b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04,
  "text/csv": null,
  "text/plain": null,
};

export interface MonitoringDraft {
  actionStep: Ref;
  window: MonitoringWindow;
  status: ImplementationStatus;
  evidence: string | null;
  notes: string | null;
}

const conflict = () =>
  problem(
    "expectedVersion",
    "Someone else recorded this window after you read it. Reload it and apply your change again.",
    "CONFLICT",
  );

async function stepOf(tx: EntityManager, districtId: string, ref: Ref): Promise<ActionStep> {
  const step = ref.id ? await tx.findOne(ActionStep, { id: ref.id, district: districtId }) : null;
  if (!step)
    throw new Refusal([
      problem("actionStepId", `No action step has id "${ref.given}".`, "NOT_FOUND"),
    ]);
  return step;
}

/** Records (or corrects) a step's progress in a window; `by` is who, as the audit trail names them. */
export async function recordStepMonitoring(
  em: EntityManager,
  districtId: string,
  by: string,
  draft: MonitoringDraft,
  expectedVersion: number | null | undefined,
): Promise<Outcome<StepMonitoring>> {
  const saved = await refusableTransaction(em, conflict(), async (tx) => {
    const errors: Problem[] = [];
    for (const [field, v] of [
      ["evidence", draft.evidence],
      ["notes", draft.notes],
    ] as const)
      if (v && v.length > MAX_TEXT)
        errors.push(problem(field, `${field} is longer than ${MAX_TEXT} characters.`, "INVALID"));
    const step = await stepOf(tx, districtId, draft.actionStep);
    if (errors.length) throw new Refusal(errors);
    let m = await tx.findOne(
      StepMonitoring,
      { district: districtId, actionStep: step, window: draft.window },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (m && expectedVersion != null && m.version !== expectedVersion)
      throw new Refusal([conflict()]);
    const values = {
      status: draft.status,
      evidence: draft.evidence?.trim() || null,
      notes: draft.notes?.trim() || null,
      recordedBy: by,
    };
    if (m) Object.assign(m, values);
    else
      m = tx.create(StepMonitoring, {
        district: step.district,
        actionStep: step,
        window: draft.window,
        ...values,
      });
    await tx.flush();
    return m.id;
  });
  return readBack(saved, (id) => em.findOneOrFail(StepMonitoring, { id, district: districtId }));
}

/** Deletes a step's recorded window and its files (the version read must still be current). */
export async function deleteStepMonitoring(
  em: EntityManager,
  districtId: string,
  actionStep: Ref,
  window: MonitoringWindow,
  expectedVersion: number,
): Promise<Outcome<boolean>> {
  return refusableTransaction(em, conflict(), async (tx) => {
    const step = await stepOf(tx, districtId, actionStep);
    const m = await tx.findOne(
      StepMonitoring,
      { district: districtId, actionStep: step, window },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!m)
      throw new Refusal([problem("window", "Nothing is recorded for that window.", "NOT_FOUND")]);
    if (m.version !== expectedVersion) throw new Refusal([conflict()]);
    tx.remove(m);
    await tx.flush();
    return true;
  });
}

/**
 * Attaches a file to a step's window (recorded first): at most MAX_ARTIFACT_BYTES, one of
 * ARTIFACT_TYPES whose bytes begin as that type's do, at most MAX_ARTIFACTS a window.
 */
export async function attachArtifact(
  em: EntityManager,
  store: ArtifactStore | null,
  districtId: string,
  by: string,
  input: {
    actionStep: Ref;
    window: MonitoringWindow;
    fileName: string;
    contentType: string;
    bytes: Buffer;
  },
): Promise<Outcome<MonitoringArtifact>> {
  const saved = await refusableTransaction(em, conflict(), async (tx) => {
    const errors: Problem[] = [];
    const name = input.fileName.trim();
    if (!name || name.length > 200)
      errors.push(problem("fileName", "fileName is 1 to 200 characters.", "INVALID"));
    if (!(input.contentType in ARTIFACT_TYPES))
      errors.push(
        problem(
          "contentType",
          `contentType must be one of ${Object.keys(ARTIFACT_TYPES).join(", ")}.`,
          "INVALID",
        ),
      );
    else if (ARTIFACT_TYPES[input.contentType] && !ARTIFACT_TYPES[input.contentType]!(input.bytes))
      errors.push(
        problem("contentBase64", `The file is not a ${input.contentType} file.`, "INVALID"),
      );
    if (input.bytes.length === 0 || input.bytes.length > MAX_ARTIFACT_BYTES)
      errors.push(
        problem(
          "contentBase64",
          `A file is 1 byte to ${MAX_ARTIFACT_BYTES.toLocaleString("en-US")} bytes.`,
          "INVALID",
        ),
      );
    const step = await stepOf(tx, districtId, input.actionStep);
    const m = await tx.findOne(
      StepMonitoring,
      { district: districtId, actionStep: step, window: input.window },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!m)
      errors.push(
        problem(
          "window",
          "Record the step's progress in this window before attaching files.",
          "NOT_FOUND",
        ),
      );
    else if (
      (await tx.count(MonitoringArtifact, { district: districtId, monitoring: m })) >= MAX_ARTIFACTS
    )
      errors.push(problem("window", `A window keeps at most ${MAX_ARTIFACTS} files.`, "INVALID"));
    if (errors.length || !m) throw new Refusal(errors);
    const sha256 = createHash("sha256").update(input.bytes).digest("hex");
    // In the operator's store before the row commits: a failed commit leaves at most an
    // unreferenced file (named by its hash), never a row without its bytes.
    if (store) await store.put(districtId, sha256, input.bytes);
    const artifact = tx.create(MonitoringArtifact, {
      district: step.district,
      monitoring: m,
      fileName: name,
      contentType: input.contentType,
      sizeBytes: input.bytes.length,
      sha256,
      storedIn: store ? "DIRECTORY" : "DATABASE",
      content: store ? null : input.bytes,
      uploadedBy: by,
    });
    await tx.flush();
    return artifact.id;
  });
  return readBack(saved, (id) =>
    em.findOneOrFail(MonitoringArtifact, { id, district: districtId }),
  );
}

/**
 * A year's action steps (plan order) with their recorded windows, files and the money budgeted
 * on each: what the monitoring screen and the state export both show.
 */
export async function yearProgress(em: EntityManager, districtId: string, year: number) {
  const steps = await em.find(
    ActionStep,
    { district: districtId, need: { plan: { fiscalYear: { year } } } },
    {
      populate: [
        "need",
        "allowedFundingSources.fundingSource",
        "strategicLinks.strategicActionStep",
      ],
      orderBy: { need: { number: "asc" }, number: "asc" },
    },
  );
  const ids = steps.map((s) => s.id);
  if (!ids.length)
    return { steps, records: [], artifacts: [], budgeted: new Map<string, number>() };
  const [records, artifacts, budgeted] = await Promise.all([
    em.find(StepMonitoring, { district: districtId, actionStep: { $in: ids } }),
    em.find(
      MonitoringArtifact,
      { district: districtId, monitoring: { actionStep: { $in: ids } } },
      { orderBy: { createdAt: "asc" } },
    ),
    budgetedByStep(em, districtId, ids),
  ]);
  return { steps, records, artifacts, budgeted };
}

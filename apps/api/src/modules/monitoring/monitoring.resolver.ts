import { Arg, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";

import {
  MonitoringArtifact,
  StepMonitoring,
  type ImplementationStatus,
  type MonitoringWindow,
} from "@allot/db";

import { refOf } from "../../common/global-id.js";
import { problem } from "../../common/problem.js";
import { payload } from "../../common/user-error.js";
import type { Context } from "../../context.js";
import { Allow } from "../../platform/auth/roles.js";
import { toActionStepType } from "../improvement-plan/improvement-plan.type.js";
import {
  attachArtifact,
  deleteStepMonitoring,
  recordStepMonitoring,
  yearProgress,
} from "./monitoring.service.js";
import {
  AttachMonitoringArtifactInput,
  DeleteStepMonitoringInput,
  DeleteStepMonitoringPayload,
  MonitoringArtifactPayload,
  MonitoringArtifactType,
  RecordStepMonitoringInput,
  StepMonitoringPayload,
  StepMonitoringType,
  StepProgressType,
} from "./monitoring.type.js";

const WRITERS = ["ADMINISTRATOR", "FEDERAL_PROGRAMS_DIRECTOR"] as const;

const toArtifact = (a: MonitoringArtifact) =>
  Object.assign(new MonitoringArtifactType(), {
    id: a.id,
    fileName: a.fileName,
    contentType: a.contentType,
    sizeBytes: a.sizeBytes,
    sha256: a.sha256,
    uploadedBy: a.uploadedBy,
  });

const toRecord = (m: StepMonitoring, artifacts: MonitoringArtifact[]) =>
  Object.assign(new StepMonitoringType(), {
    window: m.window,
    status: m.status,
    evidence: m.evidence,
    notes: m.notes,
    recordedBy: m.recordedBy,
    recordedAt: m.updatedAt.toISOString(),
    artifacts: artifacts.map(toArtifact),
    version: m.version,
  });

@Resolver()
export class MonitoringResolver {
  @Query(() => [StepProgressType], {
    description:
      "Every action step of the year's plan with its progress in each monitoring window and the money budgeted on it, side by side.",
  })
  async stepProgress(
    @Ctx() ctx: Context,
    @Arg("fiscalYear", () => Int, { description: "Fiscal year, e.g. 2022." }) fiscalYear: number,
  ): Promise<StepProgressType[]> {
    const { steps, records, artifacts, budgeted } = await yearProgress(
      ctx.em,
      ctx.districtId,
      fiscalYear,
    );
    return steps.map((s) =>
      Object.assign(new StepProgressType(), {
        actionStep: toActionStepType(s),
        windows: records
          .filter((r) => r.actionStep.id === s.id)
          .sort((a, b) => a.window.localeCompare(b.window) * -1)
          .map((r) =>
            toRecord(
              r,
              artifacts.filter((a) => a.monitoring.id === r.id),
            ),
          ),
        budgeted: budgeted.get(s.id) ?? 0,
      }),
    );
  }

  @Allow(WRITERS)
  @Mutation(() => StepMonitoringPayload, {
    description:
      "Records an action step's progress in a monitoring window (or corrects it: send expectedVersion), with the evidence and notes; who recorded it is kept.",
  })
  async recordStepMonitoring(
    @Ctx() ctx: Context,
    @Arg("input", () => RecordStepMonitoringInput, { description: "The record." })
    input: RecordStepMonitoringInput,
  ): Promise<StepMonitoringPayload> {
    const outcome = await recordStepMonitoring(
      ctx.em,
      ctx.districtId,
      ctx.principal!.label,
      {
        actionStep: refOf(input.actionStepId, "ActionStep"),
        window: input.window as MonitoringWindow,
        status: input.status as ImplementationStatus,
        evidence: input.evidence ?? null,
        notes: input.notes ?? null,
      },
      input.expectedVersion,
    );
    return payload(StepMonitoringPayload, "monitoring", outcome, async (m) =>
      toRecord(
        m,
        await ctx.em.find(
          MonitoringArtifact,
          { district: ctx.districtId, monitoring: m },
          { orderBy: { createdAt: "asc" } },
        ),
      ),
    );
  }

  @Allow(WRITERS)
  @Mutation(() => MonitoringArtifactPayload, {
    description:
      "Attaches a file (sign-in sheet, coaching log, invoice) to a step's recorded window: PDF, PNG, JPEG, DOCX, XLSX, CSV or text, at most 1 MB, 20 a window.",
  })
  async attachMonitoringArtifact(
    @Ctx() ctx: Context,
    @Arg("input", () => AttachMonitoringArtifactInput, { description: "The file." })
    input: AttachMonitoringArtifactInput,
  ): Promise<MonitoringArtifactPayload> {
    if (!/^[A-Za-z0-9+/=\s]*$/.test(input.contentBase64))
      return Object.assign(new MonitoringArtifactPayload(), {
        artifact: null,
        userErrors: [problem("contentBase64", "The content is not base64.", "INVALID")],
      });
    const outcome = await attachArtifact(
      ctx.em,
      ctx.settings.artifactStore,
      ctx.districtId,
      ctx.principal!.label,
      {
        actionStep: refOf(input.actionStepId, "ActionStep"),
        window: input.window as MonitoringWindow,
        fileName: input.fileName,
        contentType: input.contentType,
        bytes: Buffer.from(input.contentBase64, "base64"),
      },
    );
    return payload(MonitoringArtifactPayload, "artifact", outcome, toArtifact);
  }

  @Allow(WRITERS)
  @Mutation(() => DeleteStepMonitoringPayload, {
    description:
      "Deletes a step's recorded window and its files (recorded by mistake, or before the step leaves the plan); audited.",
  })
  async deleteStepMonitoring(
    @Ctx() ctx: Context,
    @Arg("input", () => DeleteStepMonitoringInput, { description: "The window." })
    input: DeleteStepMonitoringInput,
  ): Promise<DeleteStepMonitoringPayload> {
    const outcome = await deleteStepMonitoring(
      ctx.em,
      ctx.districtId,
      refOf(input.actionStepId, "ActionStep"),
      input.window as MonitoringWindow,
      input.expectedVersion,
    );
    return Object.assign(
      new DeleteStepMonitoringPayload(),
      outcome.ok
        ? { deleted: true, userErrors: [] }
        : { deleted: false, userErrors: outcome.errors },
    );
  }
}

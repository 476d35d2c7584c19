import { Field, ID, InputType, Int, registerEnumType } from "type-graphql";

import { IMPLEMENTATION_STATUSES, MONITORING_WINDOWS } from "@allot/db";

import { enumObject } from "../../common/enums.js";
import { MoneyScalar } from "../../common/money.scalar.js";
import { ObjectType } from "../../common/object-type.js";
import { UserError } from "../../common/user-error.js";
import { ActionStepType } from "../improvement-plan/improvement-plan.type.js";

export const MonitoringWindowEnum = enumObject(MONITORING_WINDOWS);
registerEnumType(MonitoringWindowEnum, {
  name: "MonitoringWindow",
  description: "The two windows a year in which each action step's progress is recorded.",
});
export const ImplementationStatusEnum = enumObject(IMPLEMENTATION_STATUSES);
registerEnumType(ImplementationStatusEnum, {
  name: "ImplementationStatus",
  description: "How far an action step is implemented in a window.",
});

@ObjectType("MonitoringArtifact", { description: "A file evidencing a step's progress." })
export class MonitoringArtifactType {
  @Field(() => ID, { description: "Its id; download it at /exports/monitoring-artifacts/<id>." })
  id!: string;
  @Field({ description: "File name as uploaded." })
  fileName!: string;
  @Field({ description: "Its type, e.g. application/pdf." })
  contentType!: string;
  @Field(() => Int, { description: "Size in bytes." })
  sizeBytes!: number;
  @Field({ description: "SHA-256 of the bytes, hex." })
  sha256!: string;
  @Field({ description: "Who uploaded it." })
  uploadedBy!: string;
}

@ObjectType("StepMonitoringRecord", {
  description: "A step's progress in one monitoring window, with its evidence and files.",
})
export class StepMonitoringType {
  @Field(() => MonitoringWindowEnum, { description: "The window." })
  window!: string;
  @Field(() => ImplementationStatusEnum, { description: "How far the step is implemented." })
  status!: string;
  @Field(() => String, {
    nullable: true,
    description: "The evidence, as the plan's monitoring names it.",
  })
  evidence!: string | null;
  @Field(() => String, { nullable: true, description: "Notes." })
  notes!: string | null;
  @Field({ description: "Who recorded it." })
  recordedBy!: string;
  @Field({ description: "When (ISO 8601)." })
  recordedAt!: string;
  @Field(() => [MonitoringArtifactType], { description: "Files, oldest first." })
  artifacts!: MonitoringArtifactType[];
  @Field(() => Int, { description: "Version; send it back as expectedVersion." })
  version!: number;
}

@ObjectType("StepProgress", {
  description:
    "An action step's progress and money side by side: each window's record and what is budgeted on it (spending comes with actuals).",
})
export class StepProgressType {
  @Field(() => ActionStepType, { description: "The step." })
  actionStep!: ActionStepType;
  @Field(() => [StepMonitoringType], { description: "Its records, one per window recorded." })
  windows!: StepMonitoringType[];
  @Field(() => MoneyScalar, { description: "Every budget line of the step this year." })
  budgeted!: number;
}

@InputType({ description: "A step's progress in one window, new or corrected." })
export class RecordStepMonitoringInput {
  @Field(() => ID, { description: "The action step (global id)." })
  actionStepId!: string;
  @Field(() => MonitoringWindowEnum, { description: "The window." })
  window!: string;
  @Field(() => ImplementationStatusEnum, { description: "How far it is implemented." })
  status!: string;
  @Field(() => String, { nullable: true, description: "The evidence (up to 4,000 characters)." })
  evidence?: string | null;
  @Field(() => String, { nullable: true, description: "Notes (up to 4,000 characters)." })
  notes?: string | null;
  @Field(() => Int, { nullable: true, description: "The version you read, when correcting." })
  expectedVersion?: number | null;
}

@InputType({ description: "A step's recorded window to delete, with its files." })
export class DeleteStepMonitoringInput {
  @Field(() => ID, { description: "The action step (global id)." })
  actionStepId!: string;
  @Field(() => MonitoringWindowEnum, { description: "The window." })
  window!: string;
  @Field(() => Int, { description: "The version you read: a later change is a CONFLICT." })
  expectedVersion!: number;
}

@ObjectType({ description: "Whether a recorded window was deleted, or why not." })
export class DeleteStepMonitoringPayload {
  @Field({ description: "True when the record and its files were deleted." })
  deleted!: boolean;
  @Field(() => [UserError], {
    description: "Why it was refused; nothing was deleted when not empty.",
  })
  userErrors!: UserError[];
}

@InputType({ description: "A file for a step's window (recorded first), base64, at most 1 MB." })
export class AttachMonitoringArtifactInput {
  @Field(() => ID, { description: "The action step (global id)." })
  actionStepId!: string;
  @Field(() => MonitoringWindowEnum, { description: "The window." })
  window!: string;
  @Field({ description: "File name." })
  fileName!: string;
  @Field({ description: "PDF, PNG, JPEG, DOCX, XLSX, CSV or plain text, by its media type." })
  contentType!: string;
  @Field({ description: "The file's bytes, base64." })
  contentBase64!: string;
}

@ObjectType({ description: "A step's window after it was recorded, or why not." })
export class StepMonitoringPayload {
  @Field(() => StepMonitoringType, {
    nullable: true,
    description: "The record; null when refused.",
  })
  monitoring!: StepMonitoringType | null;
  @Field(() => [UserError], {
    description: "Why it was refused; nothing was written when not empty.",
  })
  userErrors!: UserError[];
}

@ObjectType({ description: "A file after it was attached, or why not." })
export class MonitoringArtifactPayload {
  @Field(() => MonitoringArtifactType, {
    nullable: true,
    description: "The file; null when refused.",
  })
  artifact!: MonitoringArtifactType | null;
  @Field(() => [UserError], {
    description: "Why it was refused; nothing was written when not empty.",
  })
  userErrors!: UserError[];
}

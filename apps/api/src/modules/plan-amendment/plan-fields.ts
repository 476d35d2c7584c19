import type { ActionStep, OverarchingNeed } from "@allot/db";
import { EVIDENCE_LEVELS, isProgramCode, PROGRAM_CODES } from "@allot/engine";

/** What a plan change may edit: a need's or an action step's field, as the state's template names it. */
export const PLAN_FIELDS = {
  NEED_DESCRIPTION: { target: "NEED", property: "description", kind: "text", name: "Need" },
  NEED_ROOT_CAUSES: { target: "NEED", property: "rootCauses", kind: "list", name: "Root causes" },
  NEED_GOAL: { target: "NEED", property: "goal", kind: "optional", name: "Goal" },
  NEED_EQUITY_GAP: { target: "NEED", property: "equityGap", kind: "optional", name: "Equity gap" },
  NEED_SUBGROUPS: { target: "NEED", property: "subgroups", kind: "list", name: "Subgroups" },
  STEP_DESCRIPTION: {
    target: "ACTION_STEP",
    property: "description",
    kind: "text",
    name: "Action step",
  },
  STEP_SUBGROUPS: {
    target: "ACTION_STEP",
    property: "subgroups",
    kind: "list",
    name: "Subgroups",
  },
  STEP_SYSTEMS: { target: "ACTION_STEP", property: "systems", kind: "list", name: "Systems" },
  STEP_MONITORING_IMPLEMENTATION: {
    target: "ACTION_STEP",
    property: "monitoringImplementation",
    kind: "optional",
    name: "Method for monitoring implementation",
  },
  STEP_MONITORING_EFFECTIVENESS: {
    target: "ACTION_STEP",
    property: "monitoringEffectiveness",
    kind: "optional",
    name: "Method for monitoring effectiveness",
  },
  STEP_POSITIONS_RESPONSIBLE: {
    target: "ACTION_STEP",
    property: "positionsResponsible",
    kind: "optional",
    name: "Position/role responsible",
  },
  STEP_EVIDENCE_LEVEL: {
    target: "ACTION_STEP",
    property: "evidenceLevel",
    kind: "evidence",
    name: "Evidence based tier",
  },
  STEP_TIMELINE: {
    target: "ACTION_STEP",
    property: "timeline",
    kind: "optional",
    name: "Timeline for implementation",
  },
  STEP_PARTNERSHIPS: {
    target: "ACTION_STEP",
    property: "partnerships",
    kind: "optional",
    name: "Partnerships",
  },
  // The plan's shape: a new step under a need (its description; the next number), or a step
  // taken out (refused while money or recorded progress is on it).
  NEED_ADD_ACTION_STEP: {
    target: "NEED",
    property: null,
    kind: "text",
    name: "New action step",
  },
  STEP_REMOVE: { target: "ACTION_STEP", property: "description", kind: "remove", name: "Removed" },
  // The programs that may pay for the step (program codes); refused while one removed still pays.
  STEP_PROGRAMS: {
    target: "ACTION_STEP",
    property: null,
    kind: "programs",
    name: "Funding sources",
  },
} as const satisfies Record<
  string,
  {
    target: "NEED" | "ACTION_STEP";
    property: keyof OverarchingNeed | keyof ActionStep | null;
    kind: "text" | "optional" | "list" | "evidence" | "remove" | "programs";
    name: string;
  }
>;

export type PlanField = keyof typeof PLAN_FIELDS;
export const PLAN_FIELD_NAMES = Object.keys(PLAN_FIELDS) as PlanField[];

/** Longest text of one field, longest list and item (the state's template fields are shorter). */
export const MAX_FIELD_TEXT = 4_000;
export const MAX_LIST_ITEMS = 50;
export const MAX_ITEM_TEXT = 500;
/** Most changes one amendment carries, and longest reason. */
export const MAX_PLAN_CHANGES = 50;
export const MAX_REASON = 2_000;

export type FieldValue = string | string[] | null;

/**
 * The value a change would store, or why it may not: one pass over the given text or items,
 * bounded by the limits above.
 */
export function fieldValue(
  field: PlanField,
  text: string | null | undefined,
  items: readonly string[] | null | undefined,
): { ok: true; value: FieldValue } | { ok: false; message: string } {
  const { kind, name } = PLAN_FIELDS[field];
  if (kind === "programs") {
    if (text != null) return { ok: false, message: `${name} is a list: send program codes.` };
    const given = (items ?? []).map((i) => i.trim());
    const unknown = given.find((c) => !isProgramCode(c));
    if (unknown !== undefined)
      return {
        ok: false,
        message: `"${unknown.slice(0, 40)}" is not a program code (${PROGRAM_CODES.join(", ")}).`,
      };
    return { ok: true, value: PROGRAM_CODES.filter((c) => given.includes(c)) };
  }
  if (kind === "list") {
    if (text != null) return { ok: false, message: `${name} is a list: send items, not text.` };
    const list = (items ?? []).map((i) => i.trim()).filter(Boolean);
    if (list.length > MAX_LIST_ITEMS)
      return { ok: false, message: `${name} has more than ${MAX_LIST_ITEMS} items.` };
    const long = list.find((i) => i.length > MAX_ITEM_TEXT);
    if (long)
      return {
        ok: false,
        message: `An item of ${name} is longer than ${MAX_ITEM_TEXT} characters.`,
      };
    return { ok: true, value: list };
  }
  if (items != null) return { ok: false, message: `${name} is text: send text, not items.` };
  if (kind === "remove")
    return text?.trim()
      ? { ok: false, message: "A removal takes no text." }
      : { ok: true, value: null };
  const value = text?.trim() || null;
  if (value && value.length > MAX_FIELD_TEXT)
    return { ok: false, message: `${name} is longer than ${MAX_FIELD_TEXT} characters.` };
  if (kind === "text" && !value) return { ok: false, message: `${name} cannot be empty.` };
  if (kind === "evidence" && value && !(EVIDENCE_LEVELS as readonly string[]).includes(value))
    return {
      ok: false,
      message: `${name} must be one of ${EVIDENCE_LEVELS.join(", ")}, or empty.`,
    };
  return { ok: true, value };
}

type Editable = Record<string, unknown>;

/** The field's present value on its need or step (a step to be added has none yet). */
export function readField(row: OverarchingNeed | ActionStep, field: PlanField): FieldValue {
  if (field === "STEP_PROGRAMS")
    return PROGRAM_CODES.filter((c) =>
      (row as ActionStep).allowedFundingSources.getItems().some((l) => l.fundingSource.code === c),
    );
  const property = PLAN_FIELDS[field].property;
  if (property === null) return null;
  const v = (row as unknown as Editable)[property];
  return Array.isArray(v) ? [...(v as string[])] : ((v as string | null | undefined) ?? null);
}

/** Sets a plain field; the plan's shape (adding, removing steps) is the service's. */
export function writeField(
  row: OverarchingNeed | ActionStep,
  field: PlanField,
  value: FieldValue,
): void {
  const property = PLAN_FIELDS[field].property;
  if (property === null || PLAN_FIELDS[field].kind === "remove" || field === "STEP_PROGRAMS")
    throw new Error(`${field} is not a plain field`);
  (row as unknown as Editable)[property] = value;
}

export function sameValue(a: FieldValue, b: FieldValue): boolean {
  if (Array.isArray(a) || Array.isArray(b))
    return (
      Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i])
    );
  return a === b;
}

import { useMutation } from "@apollo/client/react";
import { Button, Group, NumberInput, Text, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";

import {
  PlanNeedsDocument,
  UpdateGoalMeasureDocument,
  type GoalMeasureFieldsFragment,
} from "../../graphql/generated";
import { useCan } from "../auth/session";

const FIELD_NAMES: Record<string, string> = {
  measure: "what is measured",
  dataSource: "the data source",
  baseline: "the baseline",
  baselineYear: "the baseline's year",
  target: "the target",
  targetYear: "the target's year",
};

/** What a person completes here; the rest comes from the plan's text or the API. */
const EDITABLE = ["dataSource", "baseline", "baselineYear", "target"];

const fmt = (v: number | null | undefined, unit: string) =>
  v == null ? "?" : unit === "PERCENT" ? `${v}%` : `${v} points`;

/**
 * A goal as a measure: baseline to target by a year, what the plan's text left to enter, and the
 * values reached; the director completes the missing fields here.
 */
export function GoalMeasure({ needId, goal }: { needId: string; goal: GoalMeasureFieldsFragment }) {
  const canEdit = useCan("updateGoalMeasure");
  const [baselineYear, setBaselineYear] = useState<string | number>(goal.baselineYear ?? "");
  const [baseline, setBaseline] = useState<string | number>(goal.baseline ?? "");
  const [target, setTarget] = useState<string | number>(goal.target ?? "");
  const [dataSource, setDataSource] = useState(goal.dataSource ?? "");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [save, saving] = useMutation(UpdateGoalMeasureDocument, {
    refetchQueries: [PlanNeedsDocument],
    awaitRefetchQueries: true,
  });
  const reached = goal.values.filter((v) => v.kind === "REACHED");
  const submit = async () => {
    const { data } = await save({
      variables: {
        input: {
          needId,
          expectedVersion: goal.version,
          ...(dataSource.trim() ? { dataSource: dataSource.trim() } : {}),
          ...(typeof baselineYear === "number" ? { baselineYear } : {}),
          ...(typeof baseline === "number" ? { baseline } : {}),
          ...(typeof target === "number" ? { target } : {}),
        },
      },
    });
    const userErrors = data?.updateGoalMeasure.userErrors ?? [];
    setErrors(Object.fromEntries(userErrors.map((e) => [e.field.at(-1) ?? "", e.message])));
    if (!userErrors.length)
      notifications.show({ color: "teal", title: "Goal saved", message: goal.measure ?? "" });
  };
  return (
    <div data-testid="goal-measure">
      <Text size="xs">
        <b>Measure:</b> {goal.measure ?? "not stated"}
        {goal.annualChange != null
          ? ` · +${goal.annualChange} points a year`
          : ` · ${fmt(goal.baseline, goal.unit)} → ${fmt(goal.target, goal.unit)}`}
        {goal.targetYear ? ` by ${goal.targetYear}` : ""}
        {goal.baselineYear ? ` (baseline ${goal.baselineYear})` : ""}
        {goal.dataSource ? ` · source: ${goal.dataSource}` : ""}
        {reached.length > 0 &&
          ` · reached: ${reached.map((v) => `${v.year} ${fmt(v.value, goal.unit)}`).join(", ")}`}
      </Text>
      {goal.missing.length > 0 && (
        <Text size="xs">
          <b>To enter:</b> {goal.missing.map((m) => FIELD_NAMES[m] ?? m).join(", ")}
        </Text>
      )}
      {canEdit && goal.missing.some((m) => EDITABLE.includes(m)) && (
        <Group gap="xs" align="flex-end" mt={4}>
          {goal.missing.includes("dataSource") && (
            <TextInput
              size="xs"
              label="Data source"
              value={dataSource}
              onChange={(e) => setDataSource(e.currentTarget.value)}
              error={errors.dataSource}
            />
          )}
          {goal.missing.includes("baseline") && (
            <NumberInput
              size="xs"
              w={110}
              label="Baseline"
              value={baseline}
              onChange={setBaseline}
              decimalScale={2}
              error={errors.baseline}
            />
          )}
          {goal.missing.includes("target") && (
            <NumberInput
              size="xs"
              w={110}
              label="Target"
              value={target}
              onChange={setTarget}
              decimalScale={2}
              error={errors.target}
            />
          )}
          {goal.missing.includes("baselineYear") && (
            <NumberInput
              size="xs"
              w={120}
              label="Baseline year"
              value={baselineYear}
              onChange={setBaselineYear}
              allowDecimal={false}
              error={errors.baselineYear}
            />
          )}
          <Button size="xs" variant="light" loading={saving.loading} onClick={() => void submit()}>
            Save goal
          </Button>
        </Group>
      )}
    </div>
  );
}

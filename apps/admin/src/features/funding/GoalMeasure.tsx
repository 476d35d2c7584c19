import { useMutation } from "@apollo/client/react";
import { LineChart } from "@mantine/charts";
import { Button, Group, NumberInput, Select, Text, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";

import {
  PlanNeedsDocument,
  RecordGoalValueDocument,
  UpdateGoalMeasureDocument,
  type GoalMeasureFieldsFragment,
} from "../../graphql/generated";
import { useCan } from "../auth/session";
import { goalSeries } from "./goal-series";

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
      <GoalChart goal={goal} />
      {canEdit && <RecordValue needId={needId} unit={goal.unit} />}
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

/** The goal's planned path and the values reached, by school year; shown from two points on. */
function GoalChart({ goal }: { goal: GoalMeasureFieldsFragment }) {
  const data = goalSeries(goal);
  if (data.length < 2) return null;
  const unit = goal.unit === "PERCENT" ? "%" : " pts";
  return (
    <div
      role="figure"
      aria-label={`${goal.measure ?? "Goal"}: ${data
        .map(
          (p) =>
            `${p.year}${p.target != null ? ` target ${p.target}${unit}` : ""}${p.reached != null ? ` reached ${p.reached}${unit}` : ""}`,
        )
        .join("; ")}`}
    >
      <LineChart
        h={140}
        mt="xs"
        data={data}
        dataKey="year"
        connectNulls
        unit={unit}
        series={[
          { name: "target", label: "Target", color: "gray.6", strokeDasharray: "5 5" },
          { name: "reached", label: "Reached", color: "teal.7" },
        ]}
      />
      <Text size="xs">Dashed: the planned path to the target. Solid: the values reached.</Text>
    </div>
  );
}

/** Records a yearly target or a value reached (the API refuses a year outside the plan's span). */
function RecordValue({ needId, unit }: { needId: string; unit: string }) {
  const [year, setYear] = useState<string | number>("");
  const [kind, setKind] = useState<string | null>("REACHED");
  const [value, setValue] = useState<string | number>("");
  const [error, setError] = useState<string | null>(null);
  const [record, recording] = useMutation(RecordGoalValueDocument, {
    refetchQueries: [PlanNeedsDocument],
    awaitRefetchQueries: true,
  });
  const submit = async () => {
    if (typeof year !== "number" || typeof value !== "number" || !kind)
      return setError("Give the school year and the value.");
    const { data } = await record({
      variables: { input: { needId, year, kind, value } },
    });
    const e = data?.recordGoalValue.userErrors[0];
    setError(e ? e.message : null);
    if (!e) setValue("");
  };
  return (
    <Group gap="xs" align="flex-end" mt={4}>
      <NumberInput
        size="xs"
        w={110}
        label="School year"
        description="By its end: 2023"
        value={year}
        onChange={setYear}
        allowDecimal={false}
      />
      <Select
        size="xs"
        w={120}
        label="Kind"
        data={[
          { value: "REACHED", label: "Reached" },
          { value: "TARGET", label: "Target" },
        ]}
        value={kind}
        onChange={setKind}
        allowDeselect={false}
      />
      <NumberInput
        size="xs"
        w={110}
        label={unit === "PERCENT" ? "Value (%)" : "Value (points)"}
        value={value}
        onChange={setValue}
        decimalScale={2}
        error={error}
      />
      <Button size="xs" variant="light" loading={recording.loading} onClick={() => void submit()}>
        Record value
      </Button>
    </Group>
  );
}

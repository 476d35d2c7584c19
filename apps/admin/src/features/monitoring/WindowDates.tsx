import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, Button, Group, Stack, Text, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";

import {
  MonitoringWindowsDocument,
  SetMonitoringWindowsDocument,
  type MonitoringWindow,
} from "../../graphql/generated";
import { useCan } from "../auth/session";

const NAMES: Record<MonitoringWindow, string> = {
  MID_YEAR: "Mid-year",
  END_OF_YEAR: "End of year",
};

/** When the year's two windows open and close; the director sets them, everyone sees them. */
export function WindowDates({ fiscalYear }: { fiscalYear: number }) {
  const canSet = useCan("setMonitoringWindows");
  const { data } = useQuery(MonitoringWindowsDocument, { variables: { fiscalYear } });
  const [editing, setEditing] = useState(false);
  const windows = data?.monitoringWindows ?? [];
  if (!windows.length) return null;
  return (
    <Stack gap={4} data-testid="window-dates">
      <Text size="sm">
        {windows.map((w) => `${NAMES[w.window]}: ${w.opensOn} to ${w.closesOn}`).join(" · ")}
        {windows[0]!.setByDistrict ? "" : " (default dates)"}{" "}
        {canSet && !editing && (
          <Button size="compact-xs" variant="subtle" onClick={() => setEditing(true)}>
            Change the dates
          </Button>
        )}
      </Text>
      {editing && (
        <DatesForm fiscalYear={fiscalYear} windows={windows} onDone={() => setEditing(false)} />
      )}
    </Stack>
  );
}

function DatesForm({
  fiscalYear,
  windows,
  onDone,
}: {
  fiscalYear: number;
  windows: { window: MonitoringWindow; opensOn: string; closesOn: string }[];
  onDone: () => void;
}) {
  const [values, setValues] = useState(windows.map((w) => ({ ...w })));
  const [error, setError] = useState<string | null>(null);
  const [save, saving] = useMutation(SetMonitoringWindowsDocument, {
    refetchQueries: [MonitoringWindowsDocument],
    awaitRefetchQueries: true,
  });
  const set = (i: number, key: "opensOn" | "closesOn", v: string) =>
    setValues(values.map((w, j) => (j === i ? { ...w, [key]: v } : w)));
  const submit = async () => {
    const r = await save({
      variables: {
        input: {
          fiscalYear,
          windows: values.map(({ window, opensOn, closesOn }) => ({ window, opensOn, closesOn })),
        },
      },
    });
    const e = r.data?.setMonitoringWindows.userErrors[0];
    if (e) return setError(e.message);
    notifications.show({ color: "teal", title: "Window dates saved", message: `FY${fiscalYear}` });
    onDone();
  };
  return (
    <Stack gap="xs">
      {values.map((w, i) => (
        <Group key={w.window} align="flex-end">
          <Text size="sm" w={90}>
            {NAMES[w.window]}
          </Text>
          <TextInput
            type="date"
            label={`${NAMES[w.window]} opens`}
            value={w.opensOn}
            onChange={(e) => set(i, "opensOn", e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={`${NAMES[w.window]} closes`}
            value={w.closesOn}
            onChange={(e) => set(i, "closesOn", e.currentTarget.value)}
          />
        </Group>
      ))}
      {error && (
        <Alert color="red" data-testid="window-dates-error">
          {error}
        </Alert>
      )}
      <Group>
        <Button size="xs" loading={saving.loading} onClick={() => void submit()}>
          Save the dates
        </Button>
        <Button size="xs" variant="default" onClick={onDone}>
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}

import { useMutation, useQuery } from "@apollo/client/react";
import {
  Alert,
  Button,
  Group,
  Loader,
  SegmentedControl,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";

import {
  PositionsPageDocument,
  SalarySchedulesDocument,
  SetSalaryScheduleDocument,
  type SalarySchedulesQuery,
} from "../../graphql/generated";
import { formatUsd, moneyInput } from "../../lib/money";
import { useCan } from "../auth/session";

type Schedule = SalarySchedulesQuery["salarySchedules"][number];

/**
 * The year's salary schedules: a salary per step. Finance edits a step's salary and every
 * position on that step, and every budget line it pays, follows in the same save.
 */
export function SalarySchedules({ fiscalYear }: { fiscalYear: number }) {
  const { data, loading } = useQuery(SalarySchedulesDocument, { variables: { fiscalYear } });
  const [chosen, setChosen] = useState<string | null>(null);
  if (loading && !data) return <Loader size="sm" aria-label="Loading the salary schedules" />;
  const schedules = data?.salarySchedules ?? [];
  if (!schedules.length)
    return <Text size="sm">No salary schedules in FY{fiscalYear}: salaries are actual.</Text>;
  const schedule = schedules.find((s) => s.name === chosen) ?? schedules[0]!;
  return (
    <>
      {schedules.length > 1 && (
        <SegmentedControl
          aria-label="Salary schedule"
          value={schedule.name}
          onChange={setChosen}
          data={schedules.map((s) => s.name)}
        />
      )}
      <ScheduleSteps
        key={`${schedule.id}-${schedule.version}`}
        schedule={schedule}
        fiscalYear={fiscalYear}
      />
    </>
  );
}

function ScheduleSteps({ schedule, fiscalYear }: { schedule: Schedule; fiscalYear: number }) {
  const canEdit = useCan("setSalarySchedule");
  const [salaries, setSalaries] = useState(schedule.steps.map((s) => s.salary));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [top, setTop] = useState<string | null>(null);
  const [save, saving] = useMutation(SetSalaryScheduleDocument);

  const submit = async () => {
    const local: Record<string, string> = {};
    const steps = schedule.steps.map((s, i) => {
      const salary = moneyInput(salaries[i] ?? "");
      if (salary === null) local[`steps.${i}.salary`] = "Dollars and cents, e.g. 78,000.00.";
      return { step: s.step, salary: salary ?? "0" };
    });
    setErrors(local);
    setTop(null);
    if (Object.keys(local).length) return;
    const { data } = await save({
      variables: {
        input: { fiscalYear, name: schedule.name, steps, expectedVersion: schedule.version },
      },
      refetchQueries: [PositionsPageDocument, SalarySchedulesDocument],
      awaitRefetchQueries: true,
    });
    const userErrors = data?.setSalarySchedule.userErrors ?? [];
    if (userErrors.length) {
      const byField: Record<string, string> = {};
      for (const e of userErrors) {
        const path = e.field.slice(1).join(".");
        if (/^steps\.\d+\.salary$/.test(path)) byField[path] = e.message;
        else setTop(e.message);
      }
      setErrors(byField);
      return;
    }
    notifications.show({
      color: "teal",
      title: "Schedule saved",
      message: `${schedule.name}: ${schedule.positionCount} position(s) and their budget lines follow.`,
    });
  };

  return (
    <>
      <Text size="sm">
        {schedule.name}: {schedule.positionCount} position(s) on it. A change to a step's salary is
        a change to every position on that step and to the budget lines they pay.
      </Text>
      {top && (
        <Alert color="red" title="Not saved">
          {top}
        </Alert>
      )}
      <Table.ScrollContainer minWidth={320}>
        <Table withTableBorder fz="sm" aria-label={`${schedule.name} steps`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Step</Table.Th>
              <Table.Th>Salary</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {schedule.steps.map((s, i) => (
              <Table.Tr key={s.step}>
                <Table.Td>{s.step}</Table.Td>
                <Table.Td>
                  {canEdit ? (
                    <TextInput
                      size="xs"
                      aria-label={`Step ${s.step} salary`}
                      value={salaries[i]}
                      onChange={(e) =>
                        setSalaries(salaries.map((x, j) => (j === i ? e.currentTarget.value : x)))
                      }
                      error={errors[`steps.${i}.salary`]}
                    />
                  ) : (
                    formatUsd(s.salary)
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {canEdit && (
        <Group>
          <Button size="xs" loading={saving.loading} onClick={() => void submit()}>
            Save {schedule.name}
          </Button>
        </Group>
      )}
    </>
  );
}

import { useMutation, useQuery } from "@apollo/client/react";
import { BarChart } from "@mantine/charts";
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Group,
  Loader,
  Paper,
  Select,
  SimpleGrid,
  Spoiler,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { Link, useParams } from "react-router";

import {
  ActionStepFundingDocument,
  CreateBudgetLineDocument,
  DeleteBudgetLineDocument,
  StepBudgetLinesDocument,
  UpdateBudgetLineDocument,
  type ProgramCode,
  type StepBudgetLinesQuery,
} from "../../graphql/generated";
import {
  dollarsOf,
  formatUsd,
  moneyInput,
  PROGRAM_SHORT_NAMES,
  programColor,
} from "../../lib/money";
import { usePageTitle } from "../../lib/year";
import { useCan } from "../auth/session";

type Line = StepBudgetLinesQuery["budgetLines"]["nodes"][number];

/** One action step: every field, its funding by program, and its budget lines, editable in place. */
export function ActionStepPage() {
  const { fiscalYear: fy, label } = useParams();
  usePageTitle(`Action step ${label ?? ""}, FY${fy ?? ""}`);
  const fiscalYear = Number(fy);
  const funding = useQuery(ActionStepFundingDocument, { variables: { fiscalYear } });
  const row = funding.data?.fundingByActionStep?.rows.find((r) => r.actionStep.label === label);
  const lines = useQuery(StepBudgetLinesDocument, {
    variables: { fiscalYear, actionStepId: row?.actionStep.id ?? "" },
    skip: !row,
  });
  const canEdit = useCan("createBudgetLine");
  const refetch = [ActionStepFundingDocument, StepBudgetLinesDocument];
  const [create, creating] = useMutation(CreateBudgetLineDocument, {
    refetchQueries: refetch,
    awaitRefetchQueries: true,
  });
  const form = useForm({
    mode: "controlled",
    // No program chosen is null (a Select shows nothing for it; "" could leave the last label shown).
    initialValues: { program: null as string | null, amount: "", description: "", accountCode: "" },
    validate: {
      program: (v) => (v ? null : "Choose a program the plan lists for this step"),
      amount: (v) => {
        if (v.trim().startsWith("-")) return "The amount must be more than zero";
        const m = moneyInput(v);
        return m && Number(m) > 0 ? null : "Enter dollars and cents, more than zero, e.g. 12500.00";
      },
      description: (v) => (v.trim() ? null : "Say what the money buys"),
    },
  });

  if (funding.loading && !funding.data) return <Loader aria-label="Loading the action step" />;
  if (funding.error)
    return (
      <Alert color="red" title="Could not load the action step">
        {funding.error.message}
      </Alert>
    );
  if (!row)
    return (
      <Alert title="No such action step">
        FY{fiscalYear} has no action step {label}.
      </Alert>
    );
  const step = row.actionStep;
  const remaining = new Map(
    funding.data?.fundingByActionStep?.programs.map((p) => [p.fundingSource.code, p.remaining]) ??
      [],
  );

  const submit = form.onSubmit(async (v) => {
    const { data } = await create({
      variables: {
        input: {
          fiscalYear,
          actionStepId: step.id,
          program: v.program! as ProgramCode,
          amount: moneyInput(v.amount)!,
          description: v.description.trim(),
          accountCode: v.accountCode.trim() || null,
        },
      },
    });
    const errors = data?.createBudgetLine.userErrors ?? [];
    if (errors.length) {
      // The server names the field; show each error under it.
      for (const e of errors)
        form.setFieldError(
          e.field.at(-1) === "program"
            ? "program"
            : e.field.at(-1) === "description"
              ? "description"
              : "amount",
          e.message,
        );
      return;
    }
    notifications.show({
      color: "teal",
      title: "Budget line added",
      message: `${formatUsd(moneyInput(v.amount)!)} of ${PROGRAM_SHORT_NAMES[v.program!] ?? v.program} for action step ${step.label}.`,
    });
    // The program stays chosen (the next line is often for the same one); the rest is cleared.
    form.setValues({ amount: "", description: "", accountCode: "" });
    form.resetDirty();
  });

  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to={`/funding/${fiscalYear}`}>
          Funding by action step, FY{fiscalYear}
        </Anchor>
        <Text>Action step {step.label}</Text>
      </Breadcrumbs>
      <div>
        <Title order={2}>
          Action step {step.label}{" "}
          <Text span c="dimmed" fz="md">
            of need {step.needNumber}
          </Text>
        </Title>
        <Text maw={900}>{step.description}</Text>
      </div>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="sm">
          <Group justify="space-between" mb="xs">
            <Text fw={600} size="sm">
              Funding by program
            </Text>
            <Text size="sm" data-testid="step-total">
              Total {formatUsd(row.total)}
            </Text>
          </Group>
          <Table fz="xs" aria-label={`Funding of action step ${step.label} by program`}>
            <Table.Tbody>
              {row.amounts
                .filter((a) => a.allowed)
                .map((a) => (
                  <Table.Tr
                    key={a.fundingSource.code}
                    data-testid={`step-program-${a.fundingSource.code}`}
                  >
                    <Table.Td>{a.fundingSource.name}</Table.Td>
                    <Table.Td ta="right">{formatUsd(a.amount)}</Table.Td>
                    <Table.Td ta="right" c="dimmed">
                      {formatUsd(remaining.get(a.fundingSource.code) ?? "0")} left in the program
                    </Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
        </Paper>
        <Paper withBorder p="sm">
          <BarChart
            h={180}
            data={[
              Object.fromEntries([
                ["step", step.label],
                ...row.amounts
                  .filter((a) => a.allowed)
                  .map((a) => [
                    PROGRAM_SHORT_NAMES[a.fundingSource.code] ?? a.fundingSource.code,
                    dollarsOf(a.amount),
                  ]),
              ]),
            ]}
            dataKey="step"
            type="stacked"
            orientation="vertical"
            yAxisProps={{ width: 40 }}
            valueFormatter={(v) => `$${Math.round(v).toLocaleString("en-US")}`}
            series={row.amounts
              .filter((a) => a.allowed)
              .map((a) => ({
                name: PROGRAM_SHORT_NAMES[a.fundingSource.code] ?? a.fundingSource.code,
                color: programColor(a.fundingSource.code),
              }))}
          />
        </Paper>
      </SimpleGrid>

      <Paper withBorder p="sm">
        <Text fw={600} size="sm" mb="xs">
          Budget lines
        </Text>
        {lines.loading && !lines.data ? (
          <Loader size="sm" />
        ) : lines.error ? (
          <Alert color="red">{lines.error.message}</Alert>
        ) : (
          <Table fz="xs" aria-label="Budget lines" data-testid="budget-lines">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Program</Table.Th>
                <Table.Th>Description</Table.Th>
                <Table.Th>Account</Table.Th>
                <Table.Th ta="right">Amount</Table.Th>
                {canEdit && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lines.data?.budgetLines.nodes.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={5}>
                    <Text size="xs" c="dimmed">
                      No budget lines yet.
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
              {lines.data?.budgetLines.nodes.map((l) => (
                <LineRow key={l.id} line={l} canEdit={canEdit} />
              ))}
            </Table.Tbody>
          </Table>
        )}
        {canEdit && (
          <form onSubmit={submit} noValidate aria-label="New budget line">
            <Group align="flex-start" mt="sm" gap="xs">
              <Select
                label="Program"
                w={200}
                data={step.allowedFundingSources.map((f) => ({ value: f.code, label: f.name }))}
                {...form.getInputProps("program")}
              />
              <TextInput
                label="Amount"
                w={150}
                placeholder="12500.00"
                {...form.getInputProps("amount")}
              />
              <TextInput label="Description" w={300} {...form.getInputProps("description")} />
              <TextInput label="Account code" w={140} {...form.getInputProps("accountCode")} />
              <Button type="submit" mt={25} loading={creating.loading}>
                Add line
              </Button>
            </Group>
          </form>
        )}
      </Paper>
      <Text fw={600} size="sm">
        About this action step
      </Text>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="xs">
        <Field
          label="Evidence level"
          value={step.evidenceLevel?.replaceAll("_", " ").toLowerCase() ?? "not given"}
        />
        <Field label="Subgroups" value={step.subgroups.join(", ") || "all students"} />
        <Field label="Responsible" value={step.positionsResponsible ?? "—"} />
        <Field label="Partnerships" value={step.partnerships ?? "—"} />
        <Field label="Monitoring implementation" value={step.monitoringImplementation ?? "—"} />
        <Field label="Monitoring effectiveness" value={step.monitoringEffectiveness ?? "—"} />
      </SimpleGrid>
    </Stack>
  );
}

function Field({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="xs">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Spoiler maxHeight={66} showLabel="more" hideLabel="less" fz="sm">
        <Text size="sm">{value}</Text>
      </Spoiler>
    </Paper>
  );
}

/** A budget line; its amount can be changed in place (with the version check) or the line deleted. */
function LineRow({ line, canEdit }: { line: Line; canEdit: boolean }) {
  const [editing, setEditing] = useState(false);
  const [amount, setAmount] = useState(line.amount);
  const [error, setError] = useState<string | null>(null);
  const refetchQueries = [ActionStepFundingDocument, StepBudgetLinesDocument];
  const [update, updating] = useMutation(UpdateBudgetLineDocument, {
    refetchQueries,
    awaitRefetchQueries: true,
  });
  const [remove, removing] = useMutation(DeleteBudgetLineDocument, {
    refetchQueries,
    awaitRefetchQueries: true,
  });
  const save = async () => {
    const value = moneyInput(amount);
    if (!value || Number(value) <= 0) return setError("Enter dollars and cents, more than zero");
    const { data } = await update({
      variables: { input: { id: line.id, expectedVersion: line.version, amount: value } },
    });
    const e = data?.updateBudgetLine.userErrors[0];
    if (e) return setError(e.message);
    setError(null);
    setEditing(false);
    notifications.show({
      color: "teal",
      title: "Budget line changed",
      message: `Now ${formatUsd(value)}.`,
    });
  };
  const drop = async () => {
    if (!window.confirm(`Delete "${line.description}" (${formatUsd(line.amount)})?`)) return;
    const { data } = await remove({
      variables: { input: { id: line.id, expectedVersion: line.version } },
    });
    const e = data?.deleteBudgetLine.userErrors[0];
    notifications.show(
      e
        ? { color: "red", title: "Not deleted", message: e.message }
        : { color: "teal", title: "Budget line deleted", message: line.description },
    );
  };
  return (
    <Table.Tr data-testid={`line-${line.description}`}>
      <Table.Td>
        <Badge variant="light" size="sm">
          {PROGRAM_SHORT_NAMES[line.fundingSource.code] ?? line.fundingSource.code}
        </Badge>
      </Table.Td>
      <Table.Td>{line.description}</Table.Td>
      <Table.Td>{line.accountCode ?? ""}</Table.Td>
      <Table.Td ta="right">
        {editing ? (
          <TextInput
            size="xs"
            w={140}
            ml="auto"
            aria-label={`Amount of ${line.description}`}
            value={amount}
            error={error}
            onChange={(e) => setAmount(e.currentTarget.value)}
            onKeyDown={(e) => e.key === "Enter" && void save()}
          />
        ) : (
          formatUsd(line.amount)
        )}
      </Table.Td>
      {canEdit && (
        <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
          {editing ? (
            <Group gap={4} justify="flex-end">
              <Button size="compact-xs" onClick={() => void save()} loading={updating.loading}>
                Save
              </Button>
              <Button
                size="compact-xs"
                variant="default"
                onClick={() => {
                  setEditing(false);
                  setAmount(line.amount);
                  setError(null);
                }}
              >
                Cancel
              </Button>
            </Group>
          ) : (
            <Group gap={4} justify="flex-end">
              <Button
                size="compact-xs"
                variant="light"
                onClick={() => setEditing(true)}
                aria-label={`Change ${line.description}`}
              >
                Change
              </Button>
              <ActionIcon
                size="sm"
                variant="subtle"
                color="red"
                onClick={() => void drop()}
                loading={removing.loading}
                aria-label={`Delete ${line.description}`}
              >
                ✕
              </ActionIcon>
            </Group>
          )}
        </Table.Td>
      )}
    </Table.Tr>
  );
}

import { useQuery } from "@apollo/client/react";
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
import { Link, useParams } from "react-router";

import { BUDGET_USE_NAMES, BUDGET_USE_PROGRAM, BUDGET_USES } from "@allot/engine";

import {
  ActionStepFundingDocument,
  StepBudgetLinesDocument,
  type StepBudgetLinesQuery,
} from "../../graphql/generated";
import {
  dollarsOf,
  formatUsd,
  PROGRAM_SHORT_NAMES,
  programColor,
  SUBGRANTS,
} from "../../lib/money";
import { usePageTitle } from "../../lib/year";
import { useCan, useViewer } from "../auth/session";
import { StepPrograms } from "./StepPrograms";
import { useBudgetLineEdit, useNewBudgetLine } from "./useBudgetLines";

type Line = StepBudgetLinesQuery["budgetLines"]["nodes"][number];

const codeOptions = (codes: readonly { code: string; name: string }[] | undefined) =>
  (codes ?? []).map((c) => ({ value: c.code, label: `${c.code} ${c.name}` }));

/** The statutory uses a rule counts apart (the engine's list), each offered only for its program. */
const USES = BUDGET_USES.map((u) => ({
  value: u,
  label: BUDGET_USE_NAMES[u],
  program: BUDGET_USE_PROGRAM[u],
}));

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
  const canSetPrograms = useCan("setActionStepPrograms");
  const viewer = useViewer();
  // A school leader drafts lines at their school, inside its allocation; the director approves.
  const draftSchool = viewer.role === "SCHOOL_LEADER" ? viewer.schoolId : null;
  const { form, submit, creating } = useNewBudgetLine(
    fiscalYear,
    row?.actionStep,
    draftSchool ?? null,
  );
  const mayChange = (l: Line) =>
    canEdit && (!draftSchool || (l.status === "DRAFT" && l.school?.id === draftSchool));

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
      {canSetPrograms && (
        <StepPrograms
          key={step.allowedFundingSources.map((f) => f.code).join()}
          stepId={step.id}
          programs={step.allowedFundingSources.map((f) => f.code)}
          fiscalYear={fiscalYear}
          approvedPlan={
            funding.data?.improvementPlan?.approvedAt
              ? { revision: funding.data.improvementPlan.revision }
              : null
          }
        />
      )}

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
          <>
            {(lines.data?.budgetLines.totalCount ?? 0) >
              (lines.data?.budgetLines.nodes.length ?? 0) && (
              <Text size="xs" c="dimmed">
                The {lines.data!.budgetLines.nodes.length} newest of{" "}
                {lines.data!.budgetLines.totalCount} lines; every line is in the budget workbook and
                the API.
              </Text>
            )}
            <Table fz="xs" aria-label="Budget lines" data-testid="budget-lines">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Program</Table.Th>
                  <Table.Th>Description</Table.Th>
                  <Table.Th>Function-object</Table.Th>
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
                  <LineRow key={l.id} line={l} canEdit={mayChange(l)} showActions={canEdit} />
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
        {canEdit && draftSchool && (
          <Text size="sm" mt="sm">
            Lines you add are drafts for your school, inside its allocation in the adopted budget;
            the federal programs director approves them.
          </Text>
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
              <Select
                label="Function"
                w={220}
                searchable
                clearable
                data={codeOptions(funding.data?.chartOfAccounts?.functions)}
                {...form.getInputProps("functionCode")}
              />
              <Select
                label="Object"
                w={220}
                searchable
                clearable
                data={codeOptions(funding.data?.chartOfAccounts?.objects)}
                {...form.getInputProps("objectCode")}
              />
              <Select
                label="Counts toward"
                w={220}
                clearable
                placeholder="No statutory use"
                data={USES.filter((u) => u.program === form.values.program)}
                {...form.getInputProps("use")}
              />
              {form.values.program === "IDEA_B" && (
                <Select
                  label="Subgrant"
                  w={160}
                  clearable
                  placeholder="611 or 619"
                  data={SUBGRANTS}
                  {...form.getInputProps("subgrant")}
                />
              )}
              <Button type="submit" mt={25} loading={creating}>
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
function LineRow({
  line,
  canEdit,
  showActions,
}: {
  line: Line;
  canEdit: boolean;
  /** Whether the table has an actions column (someone who may edit some lines). */
  showActions: boolean;
}) {
  const { editing, setEditing, amount, setAmount, error, save, cancel, drop, busy } =
    useBudgetLineEdit(line);
  return (
    <Table.Tr data-testid={`line-${line.description}`}>
      <Table.Td>
        <Badge variant="light" size="sm">
          {PROGRAM_SHORT_NAMES[line.fundingSource.code] ?? line.fundingSource.code}
        </Badge>
      </Table.Td>
      <Table.Td>
        {line.description}
        {line.school && ` · ${line.school.name}`}
        {line.status === "DRAFT" && (
          <Badge ml={6} size="xs" color="orange" variant="light">
            Draft
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        {[line.functionCode, line.objectCode].filter(Boolean).join("-") || line.accountCode || ""}
      </Table.Td>
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
      {showActions && !canEdit && <Table.Td />}
      {canEdit && (
        <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
          {editing ? (
            <Group gap={4} justify="flex-end">
              <Button size="compact-xs" onClick={() => void save()} loading={busy.updating}>
                Save
              </Button>
              <Button size="compact-xs" variant="default" onClick={cancel}>
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
                loading={busy.removing}
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

import { useMutation, useQuery } from "@apollo/client/react";
import { BarChart } from "@mantine/charts";
import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Drawer,
  Group,
  Loader,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMemo, useState } from "react";
import { useParams } from "react-router";

import { DataTable, type DataColumn } from "../../components/DataTable";
import { FiscalYearSelect } from "../../components/FiscalYearSelect";
import {
  PositionsPageDocument,
  SetPositionFundingDocument,
  UpdatePositionSalaryDocument,
  type IdeaSubgrant,
  type PositionsPageQuery,
  type ProgramCode,
} from "../../graphql/generated";
import {
  dollarsOf,
  formatUsd,
  moneyInput,
  PROGRAM_SHORT_NAMES,
  SUBGRANTS,
  sumMoney,
} from "../../lib/money";
import { usePageTitle } from "../../lib/year";
import { useCan, useViewer } from "../auth/session";
import { SalarySchedules } from "./SalarySchedules";
import { basisPointsOf, shareErrors, type ShareRow } from "./shares";

type Data = PositionsPageQuery;
type PositionRow = Data["positions"]["nodes"][number];

const percentText = (bp: number) => `${(bp / 100).toFixed(2).replace(/\.00$/, "")}%`;
const sharesText = (p: PositionRow) =>
  p.fundings.length
    ? p.fundings
        .map(
          (f) =>
            `${PROGRAM_SHORT_NAMES[f.program] ?? f.program} ${percentText(f.shareBasisPoints)}`,
        )
        .join(" · ")
    : "Local only";

const COLUMNS: DataColumn<PositionRow>[] = [
  { id: "code", header: "Code", value: (p) => p.code },
  { id: "title", header: "Title", value: (p) => p.title },
  { id: "where", header: "Where", value: (p) => p.school?.name ?? "District office" },
  { id: "fte", header: "FTE", value: (p) => p.fte, numeric: true },
  {
    id: "salary",
    header: "Salary",
    value: (p) => Number(p.salary),
    cell: (p) =>
      p.salarySchedule ? (
        <span title={`${p.salarySchedule}, step ${p.scheduleStep}`}>
          {formatUsd(p.salary)} · step {p.scheduleStep}
        </span>
      ) : (
        formatUsd(p.salary)
      ),
    numeric: true,
    money: true,
  },
  {
    id: "cost",
    header: "Salary and benefits",
    value: (p) => Number(p.totalCost),
    cell: (p) => formatUsd(p.totalCost),
    numeric: true,
    money: true,
    footer: (rows) => formatUsd(sumMoney(rows.map((r) => r.totalCost))),
  },
  { id: "shares", header: "Paid by", value: sharesText },
  {
    id: "local",
    header: "Local",
    value: (p) => Number(p.localCost),
    cell: (p) => formatUsd(p.localCost),
    numeric: true,
    money: true,
    footer: (rows) => formatUsd(sumMoney(rows.map((r) => r.localCost))),
  },
];

/**
 * The year's positions: what each costs, which programs and action steps pay for it, and the
 * rest in local money; a position opens its split-funding editor. The cost per program adds up
 * what the shares charge, which is what the positions put on each program's budget.
 */
export function PositionsPage() {
  const params = useParams();
  const fiscalYear = Number(params.fiscalYear);
  usePageTitle(`Positions, FY${params.fiscalYear ?? ""}`);
  const viewer = useViewer();
  const valid = Number.isInteger(fiscalYear) && fiscalYear > 1990;
  // Cursors of the pages before this one (100 positions a page, the API's largest).
  const [paging, setPaging] = useState<{ year: number; cursors: string[] }>({
    year: fiscalYear,
    cursors: [],
  });
  const cursors = paging.year === fiscalYear ? paging.cursors : [];
  const setCursors = (next: string[]) => setPaging({ year: fiscalYear, cursors: next });
  const { data, loading, error } = useQuery(PositionsPageDocument, {
    variables: { fiscalYear, after: cursors.at(-1) ?? null },
    skip: !valid,
  });
  const [openId, setOpenId] = useState<string | null>(null);
  // Every position of the year, not this page: the API sums their lines per program.
  const byProgram = useMemo(
    () =>
      (data?.positionCostByProgram ?? []).map((c) => ({
        program: PROGRAM_SHORT_NAMES[c.program] ?? c.program,
        Cost: dollarsOf(c.amount),
      })),
    [data],
  );

  if (!valid)
    return (
      <Alert color="red" title="Unknown fiscal year">
        "{params.fiscalYear}" is not a fiscal year.
      </Alert>
    );
  if (loading && !data) return <Loader aria-label="Loading the positions" />;
  if (error)
    return (
      <Alert color="red" title="Could not load the positions">
        {error.message}
      </Alert>
    );
  if (!data) return null;
  const positions = data.positions.nodes;
  const open = positions.find((p) => p.id === openId) ?? null;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Text size="sm" c="dimmed">
            {data.district.name} · NCES {data.district.ncesLeaId}
          </Text>
          <Title order={2}>Positions, FY{fiscalYear}</Title>
          <Text size="sm" c="dimmed">
            Each position's salary and benefits are budgeted on the programs and action steps that
            pay for it; what no share pays is local money.
          </Text>
        </div>
        <Group gap="md" align="flex-end">
          {viewer.role !== "SCHOOL_LEADER" && (
            <Anchor size="sm" href={`/exports/payroll/${fiscalYear}.xlsx`} download>
              Payroll accounts (XLSX)
            </Anchor>
          )}
          <FiscalYearSelect years={data.fiscalYears} value={fiscalYear} page="positions" />
        </Group>
      </Group>
      {byProgram.length > 0 && (
        <Paper withBorder p="sm">
          <Text fw={600} size="sm" mb="xs">
            Cost of positions per program
          </Text>
          <BarChart
            h={200}
            data={byProgram}
            dataKey="program"
            orientation="vertical"
            yAxisProps={{ width: 100 }}
            valueFormatter={(v) => `$${Math.round(v).toLocaleString("en-US")}`}
            series={[{ name: "Cost", color: "teal.6" }]}
          />
        </Paper>
      )}
      {data.positions.totalCount > positions.length && (
        <Group gap="sm">
          <Text size="sm">
            Positions {cursors.length * 100 + 1}-{cursors.length * 100 + positions.length} of{" "}
            {data.positions.totalCount}
          </Text>
          <Button
            size="xs"
            variant="default"
            disabled={cursors.length === 0}
            onClick={() => setCursors(cursors.slice(0, -1))}
          >
            Previous page
          </Button>
          <Button
            size="xs"
            variant="default"
            disabled={!data.positions.pageInfo.hasNextPage}
            onClick={() => setCursors([...cursors, data.positions.pageInfo.endCursor!])}
          >
            Next page
          </Button>
        </Group>
      )}
      <DataTable
        rows={positions}
        columns={COLUMNS}
        filename={`positions-FY${fiscalYear}`}
        label="Positions"
        onRowClick={(p) => setOpenId(p.id)}
        rowTestId={(p) => `position-${p.code}`}
      />
      <Title order={3} size="h4">
        Salary schedules
      </Title>
      <SalarySchedules fiscalYear={fiscalYear} />
      <Drawer
        opened={open !== null}
        onClose={() => setOpenId(null)}
        position="right"
        size="lg"
        title={open ? `${open.title} (${open.code})` : ""}
      >
        {open && <PositionEditor key={`${open.id}-${open.version}`} position={open} data={data} />}
      </Drawer>
    </Stack>
  );
}

/** A position's cost and its funding shares, editable by finance staff and the director. */
function PositionEditor({ position, data }: { position: PositionRow; data: Data }) {
  const canEdit = useCan("setPositionFunding");
  const [rows, setRows] = useState<ShareRow[]>(
    position.fundings.map((f) => ({
      program: f.program,
      actionStepId: f.actionStep.id,
      functionCode: f.functionCode,
      percent: (f.shareBasisPoints / 100).toString(),
      subgrant: f.subgrant ?? null,
    })),
  );
  const [salary, setSalary] = useState(position.salary);
  const [serverErrors, setServerErrors] = useState<{
    rows: Record<number, Record<string, string>>;
    top: string | null;
  }>({
    rows: {},
    top: null,
  });
  const [shown, setShown] = useState(false);
  const [fund, funding] = useMutation(SetPositionFundingDocument);
  const [update, updating] = useMutation(UpdatePositionSalaryDocument);
  const steps = (data.improvementPlan?.needs ?? []).flatMap((n) => n.actionSteps);
  const functions = (data.chartOfAccounts?.functions ?? []).map((f) => ({
    value: f.code,
    label: `${f.code} ${f.name}`,
  }));
  const local = shareErrors(rows);
  const programs = [...new Set(steps.flatMap((s) => s.allowedFundingSources.map((f) => f.code)))];

  const showServer = (errors: readonly { field: readonly string[]; message: string }[]) => {
    const next: typeof serverErrors = { rows: {}, top: null };
    for (const e of errors) {
      const [, list, index, field] = e.field;
      if (list === "shares" && index !== undefined && field) {
        next.rows[Number(index)] = { ...next.rows[Number(index)], [field]: e.message };
      } else next.top = e.message;
    }
    setServerErrors(next);
  };

  const saveShares = async () => {
    setShown(true);
    if (local.total || local.rows.some((r) => Object.keys(r).length)) return;
    const { data: out } = await fund({
      variables: {
        input: {
          positionId: position.id,
          expectedVersion: position.version,
          shares: rows.map((r) => ({
            program: r.program as ProgramCode,
            actionStepId: r.actionStepId!,
            functionCode: r.functionCode!,
            subgrant: r.program === "IDEA_B" ? ((r.subgrant ?? null) as IdeaSubgrant | null) : null,
            shareBasisPoints: basisPointsOf(r.percent)!,
          })),
        },
      },
      refetchQueries: [PositionsPageDocument],
      awaitRefetchQueries: true,
    });
    const errors = out?.setPositionFunding.userErrors ?? [];
    if (errors.length) return showServer(errors);
    notifications.show({
      color: "teal",
      title: "Funding saved",
      message: `${position.code}: ${rows.length} share(s).`,
    });
  };

  const saveSalary = async () => {
    const value = moneyInput(salary);
    if (value === null)
      return setServerErrors({
        rows: {},
        top: "Salary must be dollars and cents, e.g. 72,500.00.",
      });
    const { data: out } = await update({
      variables: { input: { id: position.id, expectedVersion: position.version, salary: value } },
      refetchQueries: [PositionsPageDocument],
      awaitRefetchQueries: true,
    });
    const errors = out?.updatePosition.userErrors ?? [];
    if (errors.length) return showServer(errors);
    notifications.show({
      color: "teal",
      title: "Salary saved",
      message: `${position.code}: ${formatUsd(value)}; its lines follow.`,
    });
  };

  const rowError = (i: number, field: string) =>
    serverErrors.rows[i]?.[field] ?? (shown ? local.rows[i]?.[field] : undefined);
  const set = (i: number, change: Partial<ShareRow>) =>
    setRows(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));

  return (
    <Stack gap="sm">
      <Text size="sm">
        {position.school?.name ?? "District office"} · {position.jobClass.title} (
        {position.jobClass.category.toLowerCase()}) · {position.fte} FTE ·{" "}
        {position.status.toLowerCase()}
        {position.personName ? ` · ${position.personName}` : ""}
      </Text>
      <Table fz="sm" withTableBorder aria-label="Cost">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Cost</Table.Th>
            <Table.Th>Object</Table.Th>
            <Table.Th ta="right">Amount</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {position.cost.map((c) => (
            <Table.Tr key={c.name}>
              <Table.Td>{c.name}</Table.Td>
              <Table.Td>{c.objectCode}</Table.Td>
              <Table.Td ta="right">{formatUsd(c.amount)}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Th>Total</Table.Th>
            <Table.Td />
            <Table.Th ta="right">{formatUsd(position.totalCost)}</Table.Th>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {canEdit && (
        <Group align="flex-end">
          <TextInput
            label="Salary"
            value={salary}
            onChange={(e) => setSalary(e.currentTarget.value)}
            w={180}
          />
          <Button variant="default" onClick={() => void saveSalary()} loading={updating.loading}>
            Save salary
          </Button>
        </Group>
      )}
      <Title order={3} size="h5">
        Funding shares
      </Title>
      {rows.map((r, i) => (
        <Paper key={i} withBorder p="xs" data-testid={`share-${i}`}>
          <Group align="flex-start" gap="xs" wrap="wrap">
            <Select
              label="Program"
              w={150}
              data={programs.map((p) => ({ value: p, label: PROGRAM_SHORT_NAMES[p] ?? p }))}
              value={r.program}
              onChange={(v) => set(i, { program: v, actionStepId: null })}
              error={rowError(i, "program")}
              disabled={!canEdit}
            />
            <Select
              label="Action step"
              w={110}
              data={steps
                .filter(
                  (s) => !r.program || s.allowedFundingSources.some((f) => f.code === r.program),
                )
                .map((s) => ({ value: s.id, label: s.label }))}
              value={r.actionStepId}
              onChange={(v) => set(i, { actionStepId: v })}
              error={rowError(i, "actionStepId")}
              disabled={!canEdit}
            />
            <Select
              label="Function"
              w={220}
              searchable
              data={functions}
              value={r.functionCode}
              onChange={(v) => set(i, { functionCode: v })}
              error={rowError(i, "functionCode")}
              disabled={!canEdit}
            />
            {r.program === "IDEA_B" && (
              <Select
                label="Subgrant"
                w={130}
                clearable
                data={SUBGRANTS}
                value={r.subgrant ?? null}
                onChange={(v) => set(i, { subgrant: v })}
                error={rowError(i, "subgrant")}
                disabled={!canEdit}
              />
            )}
            <TextInput
              label="Share %"
              w={90}
              value={r.percent}
              onChange={(e) => set(i, { percent: e.currentTarget.value })}
              error={rowError(i, "percent") ?? rowError(i, "shareBasisPoints")}
              disabled={!canEdit}
            />
            {canEdit && (
              <ActionIcon
                mt={28}
                variant="subtle"
                color="red"
                aria-label={`Remove share ${i + 1}`}
                onClick={() => setRows(rows.filter((_, j) => j !== i))}
              >
                ✕
              </ActionIcon>
            )}
          </Group>
          {position.fundings[i] && (
            <Text size="xs" c="dimmed" mt={4}>
              Pays {formatUsd(position.fundings[i].amount)} now.
            </Text>
          )}
        </Paper>
      ))}
      <Text size="sm" data-testid="local-share">
        Local money: {formatUsd(position.localCost)} (
        {percentText(10_000 - rows.reduce((t, r) => t + (basisPointsOf(r.percent) ?? 0), 0))} of the
        cost as entered).
      </Text>
      {(serverErrors.top ?? (shown ? local.total : null)) && (
        <Alert color="red" title="Not saved" data-testid="shares-error">
          {serverErrors.top ?? local.total}
        </Alert>
      )}
      {canEdit && (
        <Group>
          <Button
            variant="default"
            onClick={() =>
              setRows([
                ...rows,
                { program: null, actionStepId: null, functionCode: null, percent: "" },
              ])
            }
          >
            Add a share
          </Button>
          <Button onClick={() => void saveShares()} loading={funding.loading}>
            Save shares
          </Button>
        </Group>
      )}
    </Stack>
  );
}

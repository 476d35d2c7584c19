import { useQuery } from "@apollo/client/react";
import { Alert, Anchor, Group, Loader, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useParams } from "react-router";

import { DataTable, type DataColumn } from "../../components/DataTable";
import { FiscalYearSelect } from "../../components/FiscalYearSelect";
import { BudgetPageDocument, type BudgetPageQuery } from "../../graphql/generated";
import { formatUsd, PROGRAM_SHORT_NAMES, sumMoney } from "../../lib/money";
import { usePageTitle } from "../../lib/year";
import { ruleDetail } from "../scenarios/compliance";
import { RuleStatusBadge } from "../scenarios/RuleStatusBadge";
import { AccountCodes } from "./AccountCodes";
import { budgetComplianceSummary } from "./budget";
import { DraftLines } from "./DraftLines";

type Cell = BudgetPageQuery["budgetByFunctionAndObject"][number];
type Check = BudgetPageQuery["budgetCompliance"]["checks"][number];

const codeName = (c: { code: string; name: string } | null | undefined) =>
  c ? `${c.code} ${c.name}` : "Not coded yet";

// The grid of the state's consolidated application budget page: one program, function x object.
const CELL_COLUMNS: DataColumn<Cell>[] = [
  { id: "function", header: "Function", value: (c) => codeName(c.function) },
  { id: "object", header: "Object", value: (c) => codeName(c.object) },
  {
    id: "amount",
    header: "Amount",
    value: (c) => Number(c.amount),
    cell: (c) => formatUsd(c.amount),
    numeric: true,
    money: true,
    footer: (rows) => formatUsd(sumMoney(rows.map((r) => r.amount))),
  },
  { id: "lines", header: "Lines", value: (c) => c.lineCount, numeric: true },
];

const RULE_COLUMNS: DataColumn<Check>[] = [
  {
    id: "status",
    header: "Result",
    value: (c) => c.status.replaceAll("_", " ").toLowerCase(),
    cell: (c) => <RuleStatusBadge size="sm" status={c.status} />,
  },
  {
    id: "program",
    header: "Program",
    value: (c) => (c.program ? (PROGRAM_SHORT_NAMES[c.program] ?? c.program) : "All"),
  },
  { id: "rule", header: "Rule", value: (c) => c.title },
  { id: "citation", header: "Citation", value: (c) => c.citation },
  {
    id: "detail",
    header: "What was compared",
    value: ruleDetail,
  },
];

/**
 * The year's budget as the state reviews it: compliance judged on the coded lines (every rule
 * with its citation; what could not be checked says what to enter), and each program's budget by
 * function and object, exported in the same shape.
 */
export function BudgetPage() {
  const params = useParams();
  const fiscalYear = Number(params.fiscalYear);
  usePageTitle(`Budget, FY${params.fiscalYear ?? ""}`);
  const valid = Number.isInteger(fiscalYear) && fiscalYear > 1990;
  const { data, loading, error } = useQuery(BudgetPageDocument, {
    variables: { fiscalYear },
    skip: !valid,
  });
  const [chosen, setChosen] = useState<string | null>(null);

  if (!valid)
    return (
      <Alert color="red" title="Unknown fiscal year">
        "{params.fiscalYear}" is not a fiscal year.
      </Alert>
    );
  if (loading && !data) return <Loader aria-label="Loading the budget" />;
  if (error)
    return (
      <Alert color="red" title="Could not load the budget">
        {error.message}
      </Alert>
    );
  if (!data) return null;
  const cells = data.budgetByFunctionAndObject;
  const programs = [...new Set(cells.map((c) => c.program))];
  const program = programs.find((p) => p === chosen) ?? programs[0] ?? null;
  const report = data.budgetCompliance;
  const chart = data.chartOfAccounts;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Text size="sm" c="dimmed">
            {data.district.name} · NCES {data.district.ncesLeaId}
          </Text>
          <Title order={2}>Budget, FY{fiscalYear}</Title>
          <Text size="sm" c="dimmed">
            {chart
              ? `Coded in the ${chart.state} chart of accounts (${chart.edition}; ${chart.source}).`
              : "Allot has no chart of accounts for this state: codes are kept as entered and not checked."}
          </Text>
        </div>
        <Group gap="md" align="flex-end">
          <Anchor size="sm" href={`/exports/budget/${fiscalYear}.xlsx`} download>
            State budget workbook (XLSX)
          </Anchor>
          <FiscalYearSelect years={data.fiscalYears} value={fiscalYear} page="budget" />
        </Group>
      </Group>

      <Title order={3} size="h4">
        Compliance of the budget
      </Title>
      <Alert
        color={report.failed ? "red" : report.notChecked ? "indigo" : "teal"}
        title={budgetComplianceSummary(report)}
        data-testid="budget-compliance-summary"
      >
        Judged on the budget lines of FY{fiscalYear}: administration by function code, family
        engagement, Title IV-A uses, early intervening services, equipment, school improvement, the
        programs each action step allows and Title III-A on steps serving English learners.
      </Alert>
      <DataTable
        rows={report.checks}
        columns={RULE_COLUMNS}
        filename={`budget-compliance-FY${fiscalYear}`}
        label="Budget compliance rules"
        maxHeight="420px"
        rowTestId={(c) => `budget-rule-${c.ruleId}-${c.program ?? "all"}`}
      />

      <Title order={3} size="h4">
        School leaders&apos; drafts
      </Title>
      <DraftLines fiscalYear={fiscalYear} />

      <Title order={3} size="h4">
        By function and object
      </Title>
      {program ? (
        <>
          <SegmentedControl
            aria-label="Program"
            value={program}
            onChange={setChosen}
            data={programs.map((p) => ({ value: p, label: PROGRAM_SHORT_NAMES[p] ?? p }))}
          />
          <Anchor size="sm" href={`/exports/budget/${fiscalYear}.csv?program=${program}`} download>
            {PROGRAM_SHORT_NAMES[program] ?? program} budget page (CSV, function x object)
          </Anchor>
          <DataTable
            rows={cells.filter((c) => c.program === program)}
            columns={CELL_COLUMNS}
            filename={`budget-${program}-FY${fiscalYear}-function-object`}
            label={`${PROGRAM_SHORT_NAMES[program] ?? program} budget by function and object`}
            maxHeight="420px"
          />
        </>
      ) : (
        <Text>No budget lines in FY{fiscalYear} yet.</Text>
      )}

      {chart && (
        <>
          <Title order={3} size="h4">
            Account strings
          </Title>
          <AccountCodes fiscalYear={fiscalYear} />
        </>
      )}
    </Stack>
  );
}

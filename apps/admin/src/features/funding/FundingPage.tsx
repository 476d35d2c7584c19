import { useQuery } from "@apollo/client/react";
import { BarChart } from "@mantine/charts";
import { Alert, Anchor, Badge, Group, Loader, Paper, Stack, Text, Title } from "@mantine/core";
import { useParams } from "react-router";

import { FiscalYearSelect } from "../../components/FiscalYearSelect";
import { FundingByActionStepDocument } from "../../graphql/generated";
import { dollarsOf, PROGRAM_SHORT_NAMES, programColor } from "../../lib/money";
import { usePageTitle } from "../../lib/year";
import { FundingMatrix } from "./FundingMatrix";
import { NeedsPanel } from "./NeedsPanel";
import { ProgramSummary } from "./ProgramSummary";

/** Funding per action step for a fiscal year: needs -> action steps x programs, with awards. */
export function FundingPage() {
  const params = useParams();
  usePageTitle(`Funding by action step, FY${params.fiscalYear ?? ""}`);
  const fiscalYear = Number(params.fiscalYear);
  const valid = Number.isInteger(fiscalYear) && fiscalYear > 1990;
  const { data, loading, error } = useQuery(FundingByActionStepDocument, {
    variables: { fiscalYear },
    skip: !valid,
  });

  if (!valid)
    return (
      <Alert color="red" title="Unknown fiscal year">
        "{params.fiscalYear}" is not a fiscal year.
      </Alert>
    );
  if (loading && !data) {
    return (
      <Group>
        <Loader size="sm" />
        <Text>Loading FY{fiscalYear} funding…</Text>
      </Group>
    );
  }
  if (error)
    return (
      <Alert color="red" title="Could not load the funding">
        {error.message}
      </Alert>
    );
  const funding = data?.fundingByActionStep;

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <div>
          <Text size="sm" c="dimmed">
            {data?.district.name} · NCES {data?.district.ncesLeaId}
          </Text>
          <Title order={2}>Funding by action step, FY{fiscalYear}</Title>
          <Text size="sm" c="dimmed">
            July 1, {fiscalYear - 1} – June 30, {fiscalYear}. Only the programs the plan lists for a
            step may pay for it.
          </Text>
        </div>
        <Group gap="md" align="flex-end">
          <Anchor size="sm" href={`/exports/funding/${fiscalYear}.xlsx`} download>
            Workbook (XLSX)
          </Anchor>
          <FiscalYearSelect years={data?.fiscalYears ?? []} value={fiscalYear} page="funding" />
        </Group>
      </Group>
      {!funding || funding.rows.length === 0 ? (
        <Alert title="No improvement plan for this year">
          FY{fiscalYear} has no District Improvement Plan yet. Import one to budget against its
          action steps.
        </Alert>
      ) : (
        <>
          <ProgramSummary
            programs={funding.programs}
            total={funding.total}
            totalAward={funding.totalAward}
            totalRemaining={funding.totalRemaining}
          />
          <Group gap="xs">
            <Badge variant="light">{funding.rows.length} action steps</Badge>
            <Badge variant="light">{funding.needs.length} overarching needs</Badge>
          </Group>
          <FundingMatrix funding={funding} />
          <NeedsPanel fiscalYear={fiscalYear} />
          <Paper withBorder p="sm">
            <Text fw={600} size="sm" mb="xs">
              Each action step's funding, by program
            </Text>
            <BarChart
              h={300}
              data={funding.rows.map((r) => ({
                step: r.actionStep.label,
                ...Object.fromEntries(
                  r.amounts
                    .filter((a) => a.allowed)
                    .map((a) => [
                      PROGRAM_SHORT_NAMES[a.fundingSource.code] ?? a.fundingSource.code,
                      dollarsOf(a.amount),
                    ]),
                ),
              }))}
              dataKey="step"
              type="stacked"
              valueFormatter={(v) => `$${Math.round(v).toLocaleString("en-US")}`}
              yAxisProps={{ width: 90 }}
              series={funding.programs.map((p) => ({
                name: PROGRAM_SHORT_NAMES[p.fundingSource.code] ?? p.fundingSource.code,
                color: programColor(p.fundingSource.code),
              }))}
            />
          </Paper>
        </>
      )}
    </Stack>
  );
}

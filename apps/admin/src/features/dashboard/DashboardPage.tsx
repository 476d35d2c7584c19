import { useQuery } from "@apollo/client/react";
import { BarChart } from "@mantine/charts";
import {
  Alert,
  Anchor,
  Badge,
  Group,
  List,
  Loader,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { Link, useParams } from "react-router";

import { FiscalYearSelect } from "../../components/FiscalYearSelect";
import { DashboardDocument, type DashboardQuery } from "../../graphql/generated";
import { dollarsOf, formatUsd, percentOf, PROGRAM_SHORT_NAMES } from "../../lib/money";
import { usePageTitle } from "../../lib/year";
import { useCan } from "../auth/session";
import { BudgetAlerts } from "../budget/BudgetAlerts";

type Scenario = DashboardQuery["scenarios"][number];

/** The year at a glance: per program what it has, reserves, sends to schools and has left; what fails. */
export function DashboardPage() {
  const params = useParams();
  const fiscalYear = Number(params.fiscalYear);
  usePageTitle(`Dashboard, FY${fiscalYear}`);
  const canApprove = useCan("approveScenario");
  const { data, loading, error } = useQuery(DashboardDocument, { variables: { fiscalYear } });
  if (loading && !data) return <Loader aria-label="Loading the dashboard" />;
  if (error)
    return (
      <Alert color="red" title="Could not load the dashboard">
        {error.message}
      </Alert>
    );
  const plan = data?.improvementPlan;
  // Only the adopted budget is the district's: a draft's figures are never shown as its own.
  const scenario: Scenario | null = data?.scenarios.find((s) => s.status === "APPROVED") ?? null;
  const waiting = data?.scenarios.filter((s) => s.status === "SUBMITTED") ?? [];
  const failures = scenario?.result?.compliance.filter((c) => c.status === "FAIL") ?? [];
  const unchecked = scenario?.result?.compliance.filter((c) => c.status === "NOT_CHECKED") ?? [];
  // Overcommitted by the one money picture the table shows, not by another definition.
  const overBudget = data?.moneyPicture.filter((p) => dollarsOf(p.unbudgeted) < 0) ?? [];
  // The same money picture as the table, so the chart and the figures never disagree.
  const chart = (data?.moneyPicture ?? []).map((p) => ({
    program: PROGRAM_SHORT_NAMES[p.program] ?? p.program,
    Reserved: dollarsOf(p.reserved),
    "To schools": dollarsOf(p.toSchools),
    "District lines": dollarsOf(p.districtLinesBeyondReservations),
    Unbudgeted: Math.max(0, dollarsOf(p.unbudgeted)),
  }));

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Text size="sm" c="dimmed">
            {data?.district.name} · NCES {data?.district.ncesLeaId}
          </Text>
          <Title order={2}>FY{fiscalYear} at a glance</Title>
          <Text size="sm" c="dimmed" data-testid="adopted">
            {scenario
              ? `Adopted budget: "${scenario.name}", approved by ${scenario.approvedByName ?? "?"} on ${new Date(scenario.approvedAt ?? "").toLocaleDateString("en-US")}.`
              : `FY${fiscalYear} has no adopted budget yet: reservations and school allocations appear here once the federal programs director approves a scenario.`}
          </Text>
        </div>
        <FiscalYearSelect years={data?.fiscalYears ?? []} value={fiscalYear} page="dashboard" />
      </Group>

      {waiting.length > 0 && (
        <Alert
          color="blue"
          title={
            canApprove
              ? `Waiting for you: ${waiting.length} scenario(s) to approve or send back`
              : `${waiting.length} scenario(s) waiting for approval`
          }
          data-testid="waiting"
        >
          <List size="sm">
            {waiting.map((w) => (
              <List.Item key={w.id}>
                <Anchor component={Link} to={`/scenarios/view/${w.id}`}>
                  {w.name}
                </Anchor>
                , submitted {new Date(w.submittedAt ?? "").toLocaleDateString("en-US")}
                {w.result
                  ? ` (${w.result.failures} failing, ${w.result.notChecked} not checked)`
                  : ""}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}

      <BudgetAlerts fiscalYear={fiscalYear} />

      {(failures.length > 0 || overBudget.length > 0) && (
        <Alert
          color="red"
          title={`${failures.length + overBudget.length} compliance alert(s)`}
          data-testid="alerts"
        >
          <List size="sm">
            {overBudget.map((p) => (
              <List.Item key={p.program}>
                {p.programName}: {formatUsd(p.unbudgeted.replace(/^-/, ""))} more than the{" "}
                {formatUsd(p.available)} available is committed.
              </List.Item>
            ))}
            {failures.map((c) => (
              <List.Item key={`${c.ruleId}-${c.program ?? ""}`}>
                {c.title} ({c.citation}): {c.detail}{" "}
                {scenario && (
                  <Anchor component={Link} to={`/scenarios/view/${scenario.id}`}>
                    Open the scenario
                  </Anchor>
                )}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {unchecked.length > 0 && (
        <Alert
          color="yellow"
          title={`${unchecked.length} rule(s) not checked: an input is missing`}
          data-testid="unchecked"
        >
          <List size="sm">
            {unchecked.map((c) => (
              <List.Item key={`${c.ruleId}-${c.program ?? ""}`}>
                {c.title} ({c.citation}): give {c.missing} in the scenario's settings.
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {failures.length === 0 && overBudget.length === 0 && scenario?.result?.allPass && (
        <Alert
          color="teal"
          title="Every rule passes"
        >{`Every rule that applies to "${scenario.name}" passes, and none is left unchecked.`}</Alert>
      )}

      {!plan ? (
        <Alert title={`FY${fiscalYear} has no plan yet`}>
          Import a District Improvement Plan to start the year.
        </Alert>
      ) : (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          <Paper withBorder p="sm">
            <Table.ScrollContainer minWidth={480}>
              <Table fz="xs" verticalSpacing={6} aria-label="Programs" data-testid="program-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Program</Table.Th>
                    <Table.Th ta="right">Available</Table.Th>
                    <Table.Th ta="right">Reserved</Table.Th>
                    <Table.Th ta="right">To schools</Table.Th>
                    <Table.Th ta="right">District lines</Table.Th>
                    <Table.Th ta="right">Unbudgeted</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {(data?.moneyPicture ?? []).map((p) => (
                    <Table.Tr key={p.program} data-testid={`dashboard-${p.program}`}>
                      <Table.Td>
                        {/* The bar repeats the row's figures for the eye; screen readers read the cells. */}
                        <Anchor component={Link} to={`/funding/${fiscalYear}`} size="xs">
                          {PROGRAM_SHORT_NAMES[p.program] ?? p.programName}
                        </Anchor>
                        <Progress.Root size="sm" mt={4} aria-hidden>
                          <Progress.Section
                            value={percentOf(p.reserved, p.available)}
                            color="grape"
                          />
                          <Progress.Section
                            value={percentOf(p.toSchools, p.available)}
                            color="teal"
                          />
                          <Progress.Section
                            value={percentOf(p.districtLinesBeyondReservations, p.available)}
                            color="orange"
                          />
                        </Progress.Root>
                      </Table.Td>
                      <Table.Td ta="right">{formatUsd(p.available)}</Table.Td>
                      <Table.Td ta="right">{formatUsd(p.reserved)}</Table.Td>
                      <Table.Td ta="right">{formatUsd(p.toSchools)}</Table.Td>
                      <Table.Td ta="right">{formatUsd(p.districtLinesBeyondReservations)}</Table.Td>
                      <Table.Td ta="right">
                        {formatUsd(p.unbudgeted)}
                        {dollarsOf(p.unbudgeted) < 0 && (
                          <Badge color="red" ml={4} size="xs">
                            over
                          </Badge>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Text size="xs" c="dimmed" mt="xs" data-testid="money-picture-legend">
              Available (award + carryover + transfers in - out) = reserved + to schools + district
              lines + unbudgeted.{" "}
              {scenario
                ? "Reserved and to schools are the adopted budget's; district lines are the district-level budget lines beyond its reservations."
                : "No budget is adopted yet: nothing is reserved, and to schools is what the budget lines place at schools."}{" "}
              Bars: reserved (purple), to schools (green), district lines (orange).
            </Text>
          </Paper>
          <Paper withBorder p="sm">
            <Text fw={600} size="sm" mb="xs">
              Each program's money
            </Text>
            <BarChart
              h={280}
              data={chart}
              dataKey="program"
              type="stacked"
              orientation="vertical"
              // Wide enough for the longest short name ("McKinney-V.", "Title I 1003") at 12 px.
              yAxisProps={{ width: 100 }}
              valueFormatter={(v) => `$${Math.round(v).toLocaleString("en-US")}`}
              series={[
                { name: "Reserved", color: "grape.6" },
                { name: "To schools", color: "teal.6" },
                { name: "District lines", color: "orange.6" },
                { name: "Unbudgeted", color: "gray.4" },
              ]}
            />
          </Paper>
        </SimpleGrid>
      )}
      <Group gap="lg">
        <Anchor component={Link} to={`/funding/${fiscalYear}`}>
          Funding by action step
        </Anchor>
        <Anchor component={Link} to={`/scenarios/${fiscalYear}`}>
          Scenarios
        </Anchor>
        <Anchor component={Link} to="/schools">
          Schools
        </Anchor>
      </Group>
    </Stack>
  );
}

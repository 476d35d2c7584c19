import { useQuery } from "@apollo/client/react";
import { Alert, Anchor, Button, Group, Loader, Stack, Table, Text, Title } from "@mantine/core";
import { Link, useParams } from "react-router";

import { ComplianceReportDocument } from "../../graphql/generated";
import { PROGRAM_SHORT_NAMES } from "../../lib/money";
import { usePageTitle } from "../../lib/year";
import { complianceSummary, ruleDetail } from "./compliance";
import classes from "./ComplianceReportPage.module.css";
import { ProgramResultsTable } from "./ProgramResultsTable";
import { RuleStatusBadge } from "./RuleStatusBadge";

/**
 * The compliance report of a scenario as a page to print or save as PDF for the board, the state
 * or a monitoring visit: who, which scenario, each program's money, and every rule with its
 * citation, result and the amounts it compared. No navigation; the buttons do not print.
 */
export function ComplianceReportPage() {
  const { scenarioId = "" } = useParams();
  const { data, loading, error } = useQuery(ComplianceReportDocument, {
    variables: { id: scenarioId },
  });
  usePageTitle(data?.scenario ? `Compliance report: ${data.scenario.name}` : "Compliance report");
  if (loading && !data) return <Loader aria-label="Loading the report" />;
  if (error)
    return (
      <Alert color="red" title="Could not load the report">
        {error.message}
      </Alert>
    );
  const s = data?.scenario;
  if (!s)
    return <Alert title="No such scenario">It is not one of your district's scenarios.</Alert>;
  if (!s.result)
    return <Alert title="Not run yet">Run the scenario to see its compliance report.</Alert>;
  const r = s.result;
  return (
    <Stack className={classes.report} gap="md" p="lg">
      <Group justify="space-between" className={classes.noPrint}>
        <Anchor component={Link} to={`/scenarios/view/${s.id}`}>
          Back to the scenario
        </Anchor>
        <Button onClick={() => window.print()}>Print or save as PDF</Button>
      </Group>
      <div>
        <Title order={1} size="h2">
          Compliance report: {s.name}, FY{s.fiscalYear}
        </Title>
        <Text>
          {data.district.name} (NCES {data.district.ncesLeaId})
        </Text>
        <Text size="sm" c="dimmed">
          Scenario {s.status.toLowerCase()}
          {s.approvedAt
            ? `, approved ${s.approvedAt.slice(0, 10)} by ${s.approvedByName ?? ""}`
            : ""}
          {s.lastRunAt ? `; run ${s.lastRunAt.slice(0, 16).replace("T", " ")} UTC` : ""}; printed{" "}
          {new Date().toISOString().slice(0, 10)}
        </Text>
      </div>
      <Text fw={600} data-testid="report-summary">
        {complianceSummary(r)}
      </Text>
      <ProgramResultsTable programs={r.programs} label="Programs" withStatute fz="sm" />
      <Table withTableBorder fz="sm" aria-label="Rules" className={classes.rules}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Result</Table.Th>
            <Table.Th>Program</Table.Th>
            <Table.Th>Rule</Table.Th>
            <Table.Th>Citation</Table.Th>
            <Table.Th>What was compared</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {r.compliance.map((c) => (
            <Table.Tr
              key={`${c.ruleId}-${c.program ?? ""}`}
              data-testid={`rule-${c.ruleId}-${c.program ?? "all"}`}
            >
              <Table.Td>
                <RuleStatusBadge size="sm" status={c.status} />
              </Table.Td>
              <Table.Td>
                {c.program ? (PROGRAM_SHORT_NAMES[c.program] ?? c.program) : "All"}
              </Table.Td>
              <Table.Td>{c.title}</Table.Td>
              <Table.Td className={classes.citation}>{c.citation}</Table.Td>
              <Table.Td>{ruleDetail(c)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

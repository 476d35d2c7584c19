import { useQuery } from "@apollo/client/react";
import { Loader, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";

import {
  PlanStructureFundingDocument,
  type PlanStructureFundingQuery,
} from "../../graphql/generated";
import { formatUsd } from "../../lib/money";

type Funding = NonNullable<PlanStructureFundingQuery["planStructureFunding"]>;
type Group = Funding["bySystem"][number];

const DIMENSIONS: { key: keyof Omit<Funding, "total" | "__typename">; title: string }[] = [
  { key: "byEquityIntervention", title: "By equity intervention" },
  { key: "bySystem", title: "By system" },
  { key: "bySubgroup", title: "By subgroup served" },
  { key: "byStrategicGoal", title: "By strategic goal" },
];

/** The year's budget by the plan's own structure (a step naming several counts under each). */
export function PlanStructure({ fiscalYear }: { fiscalYear: number }) {
  const { data, loading } = useQuery(PlanStructureFundingDocument, { variables: { fiscalYear } });
  if (loading && !data) return <Loader aria-label="Loading the budget by plan structure" />;
  const f = data?.planStructureFunding;
  if (!f) return null;
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        Budget by the plan's structure
      </Title>
      <Text size="sm" c="dimmed">
        {formatUsd(f.total)} budgeted on the plan's steps. A step that names several systems,
        subgroups or goals counts under each; steps naming none are under "None stated".
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {DIMENSIONS.map((d) => (
          <GroupTable key={d.key} title={d.title} rows={f[d.key]} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function GroupTable({ title, rows }: { title: string; rows: Group[] }) {
  return (
    <Table striped aria-label={title} captionSide="top">
      <Table.Caption>{title}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{title.replace(/^By /, "").replace(/^./, (c) => c.toUpperCase())}</Table.Th>
          <Table.Th>Steps</Table.Th>
          <Table.Th style={{ textAlign: "right" }}>Budgeted</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((g) => (
          <Table.Tr key={g.key}>
            <Table.Td>{g.key === "NONE" ? "None stated" : g.key}</Table.Td>
            <Table.Td>{g.steps.join(", ")}</Table.Td>
            <Table.Td style={{ textAlign: "right", fontVariantNumeric: "tabular-nums" }}>
              {formatUsd(g.budgeted)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

import { useQuery } from "@apollo/client/react";
import {
  Alert,
  Anchor,
  Breadcrumbs,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { Link, useSearchParams } from "react-router";

import { DataTable, type DataColumn } from "../../components/DataTable";
import { CompareScenariosDocument, type CompareScenariosQuery } from "../../graphql/generated";
import { formatUsd, PROGRAM_SHORT_NAMES, sumMoney } from "../../lib/money";
import { usePageTitle } from "../../lib/year";

const MEASURE_NAMES: Record<string, string> = {
  progressivityRatio: "Progressivity ratio",
  slopePerPovertyPoint: "Dollars per pupil per poverty point",
  correlationWithPoverty: "Correlation with poverty",
  coefficientOfVariation: "Coefficient of variation",
  gini: "Gini",
};

type Diff = NonNullable<CompareScenariosQuery["compareScenarios"]>["schools"][number];

/** Two scenarios side by side: per program, per equity measure, and every school and program that differs. */
export function ComparePage() {
  usePageTitle("Compare scenarios");
  const [params] = useSearchParams();
  const a = params.get("a") ?? "";
  const b = params.get("b") ?? "";
  const { data, loading, error } = useQuery(CompareScenariosDocument, {
    variables: { a, b },
    skip: !a || !b,
  });
  if (!a || !b)
    return (
      <Alert title="Choose two scenarios">Pick two on the scenarios page, then Compare.</Alert>
    );
  if (loading && !data) return <Loader aria-label="Comparing" />;
  if (error)
    return (
      <Alert color="red" title="Could not compare">
        {error.message}
      </Alert>
    );
  const c = data?.compareScenarios;
  if (!c) return <Alert title="Not found">One of the scenarios is not in your district.</Alert>;
  const columns: DataColumn<Diff>[] = [
    {
      id: "school",
      header: "School",
      value: (d) => d.school.name,
      footer: (rows) => `${rows.length} differences`,
    },
    { id: "program", header: "Program", value: (d) => PROGRAM_SHORT_NAMES[d.program] ?? d.program },
    {
      id: "a",
      header: c.a.name,
      value: (d) => Number(d.a),
      cell: (d) => formatUsd(d.a),
      numeric: true,
      money: true,
    },
    {
      id: "b",
      header: c.b.name,
      value: (d) => Number(d.b),
      cell: (d) => formatUsd(d.b),
      numeric: true,
      money: true,
    },
    {
      id: "difference",
      header: "Difference",
      value: (d) => Number(d.difference),
      cell: (d) => formatUsd(d.difference),
      numeric: true,
      money: true,
      footer: (rows) => formatUsd(sumMoney(rows.map((x) => x.difference))),
    },
  ];
  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/scenarios">
          Scenarios
        </Anchor>
        <Text>Compare</Text>
      </Breadcrumbs>
      <Title order={2}>
        <Anchor component={Link} to={`/scenarios/view/${encodeURIComponent(c.a.id)}`} inherit>
          {c.a.name}
        </Anchor>{" "}
        and{" "}
        <Anchor component={Link} to={`/scenarios/view/${encodeURIComponent(c.b.id)}`} inherit>
          {c.b.name}
        </Anchor>
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="sm">
          <Text fw={600} size="sm" mb="xs">
            To schools, per program
          </Text>
          <Table fz="xs" aria-label="Differences per program">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Program</Table.Th>
                <Table.Th ta="right">{c.a.name}</Table.Th>
                <Table.Th ta="right">{c.b.name}</Table.Th>
                <Table.Th ta="right">Difference</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {c.programs.map((p) => (
                <Table.Tr key={p.program}>
                  <Table.Td>{PROGRAM_SHORT_NAMES[p.program] ?? p.program}</Table.Td>
                  <Table.Td ta="right">{formatUsd(p.a)}</Table.Td>
                  <Table.Td ta="right">{formatUsd(p.b)}</Table.Td>
                  <Table.Td ta="right">{formatUsd(p.difference)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
        <Paper withBorder p="sm">
          <Text fw={600} size="sm" mb="xs">
            Equity measures
          </Text>
          <Table fz="xs" aria-label="Differences per equity measure">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Measure</Table.Th>
                <Table.Th ta="right">{c.a.name}</Table.Th>
                <Table.Th ta="right">{c.b.name}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {c.measures.map((m) => (
                <Table.Tr key={m.measure}>
                  <Table.Td>{MEASURE_NAMES[m.measure] ?? m.measure}</Table.Td>
                  <Table.Td ta="right">{m.a?.toFixed(3) ?? "—"}</Table.Td>
                  <Table.Td ta="right">{m.b?.toFixed(3) ?? "—"}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      </SimpleGrid>
      <Paper withBorder p="sm">
        <Text fw={600} size="sm" mb="xs">
          Schools and programs that differ
        </Text>
        {c.schools.length === 0 ? (
          <Text size="sm" c="dimmed">
            Every school gets the same from every program.
          </Text>
        ) : (
          <DataTable
            rows={c.schools}
            columns={columns}
            filename="scenario-comparison"
            label="Comparison"
            maxHeight="480px"
          />
        )}
      </Paper>
    </Stack>
  );
}

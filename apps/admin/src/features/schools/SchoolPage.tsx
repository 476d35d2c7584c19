import { useQuery } from "@apollo/client/react";
import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { Link, useParams } from "react-router";

import { SchoolDocument, SchoolScenariosDocument } from "../../graphql/generated";
import { formatUsd, PROGRAM_SHORT_NAMES } from "../../lib/money";
import { usePageTitle } from "../../lib/year";
import { SchoolEnvelope } from "./SchoolEnvelope";

/** One school: its counts, and what each scenario of the year gives it, program by program. */
export function SchoolPage() {
  usePageTitle("School");
  const { schoolId = "" } = useParams();
  const { data, loading, error } = useQuery(SchoolDocument, { variables: { id: schoolId } });
  const year = data?.fiscalYears[0]?.year;
  const scenarios = useQuery(SchoolScenariosDocument, {
    variables: { fiscalYear: year ?? 0 },
    skip: !year,
  });
  if (loading && !data) return <Loader aria-label="Loading the school" />;
  if (error)
    return (
      <Alert color="red" title="Could not load the school">
        {error.message}
      </Alert>
    );
  const node = data?.node;
  const school = node && "ncesSchoolId" in node ? node : null;
  if (!school)
    return <Alert title="No such school">It is not one of your district's schools.</Alert>;
  const rows = (scenarios.data?.scenarios ?? []).flatMap((s) => {
    const r = s.result?.schools.find((x) => x.school.id === school.id);
    return r ? [{ scenario: s, r }] : [];
  });
  const programs = [...new Set(rows.flatMap((x) => x.r.allocations.map((a) => a.program)))];
  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/schools">
          Schools
        </Anchor>
        <Text>{school.name}</Text>
      </Breadcrumbs>
      <div>
        <Title order={2}>{school.name}</Title>
        <Text size="sm" c="dimmed">
          NCES {school.ncesSchoolId} · {school.level.toLowerCase()}, grades {school.gradeLow}-
          {school.gradeHigh} · Title I {school.titleIStatus.toLowerCase()}
          {school.supportDesignation !== "NONE" && (
            <Badge ml="xs" size="xs" color="orange">
              {school.supportDesignation}
            </Badge>
          )}
        </Text>
      </div>
      <SimpleGrid cols={{ base: 2, md: 6 }} spacing="xs">
        {[
          ["Enrollment", school.enrollment.toLocaleString("en-US")],
          ["Poverty", `${school.povertyPercent}%`],
          ["English learners", school.englishLearners.toLocaleString("en-US")],
          ["With disabilities", school.studentsWithDisabilities.toLocaleString("en-US")],
          ["Homeless", school.homeless.toLocaleString("en-US")],
          ["Foster / migrant", `${school.foster} / ${school.migrant}`],
        ].map(([k, v]) => (
          <Paper withBorder p="xs" key={k}>
            <Text size="xs" c="dimmed">
              {k}
            </Text>
            <Text fw={600}>{v}</Text>
          </Paper>
        ))}
      </SimpleGrid>
      {year && <SchoolEnvelope schoolId={school.id} fiscalYear={year} />}
      <Paper withBorder p="sm">
        <Text fw={600} size="sm" mb="xs">
          Allocations in each FY{year} scenario
        </Text>
        {scenarios.loading && !scenarios.data ? (
          <Loader size="sm" />
        ) : rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            No scenario has been run for FY{year} yet.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={900}>
            <Table fz="xs" aria-label={`Allocations of ${school.name}`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Scenario</Table.Th>
                  {programs.map((p) => (
                    <Table.Th key={p} ta="right">
                      {PROGRAM_SHORT_NAMES[p] ?? p}
                    </Table.Th>
                  ))}
                  <Table.Th ta="right">Total</Table.Th>
                  <Table.Th ta="right">Per weighted pupil</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map(({ scenario, r }) => (
                  <Table.Tr key={scenario.id}>
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={`/scenarios/view/${encodeURIComponent(scenario.id)}`}
                        size="xs"
                      >
                        {scenario.name}
                      </Anchor>{" "}
                      <Badge size="xs" variant="light">
                        {scenario.status.toLowerCase()}
                      </Badge>
                    </Table.Td>
                    {programs.map((p) => {
                      const a = r.allocations.find((x) => x.program === p);
                      return (
                        <Table.Td key={p} ta="right" title={a?.explanation}>
                          {a ? formatUsd(a.amount) : "—"}
                        </Table.Td>
                      );
                    })}
                    <Table.Td ta="right" fw={600}>
                      {formatUsd(r.total)}
                    </Table.Td>
                    <Table.Td ta="right">{formatUsd(r.perWeightedPupil)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
    </Stack>
  );
}

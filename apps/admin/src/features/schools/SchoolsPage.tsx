import { useApolloClient, useQuery } from "@apollo/client/react";
import { Alert, Badge, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { useEffect, useMemo, useState } from "react";
import { useNavigate } from "react-router";

import { DataTable, type DataColumn } from "../../components/DataTable";
import {
  SchoolScenariosDocument,
  SchoolsDocument,
  type SchoolFieldsFragment,
  type SchoolsQuery,
} from "../../graphql/generated";
import { usePageTitle } from "../../lib/year";

/** Every school of the district, page by page (100 at a time), as one list. */
export function useAllSchools() {
  const client = useApolloClient();
  const [state, setState] = useState<{
    schools: SchoolFieldsFragment[];
    years: number[];
    error: string | null;
    loading: boolean;
  }>({ schools: [], years: [], error: null, loading: true });
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        const schools: SchoolFieldsFragment[] = [];
        let after: string | null = null;
        let years: number[] = [];
        do {
          const { data }: { data?: SchoolsQuery | undefined } = await client.query({
            query: SchoolsDocument,
            variables: { after },
          });
          if (!data) break;
          schools.push(...data.schools.nodes);
          years = data.fiscalYears.map((y) => y.year);
          after = data.schools.pageInfo.hasNextPage ? data.schools.pageInfo.endCursor : null;
        } while (after);
        if (!cancelled) setState({ schools, years, error: null, loading: false });
      } catch (e) {
        if (!cancelled)
          setState({ schools: [], years: [], error: (e as Error).message, loading: false });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [client]);
  return state;
}

const sum = (rows: SchoolFieldsFragment[], f: (s: SchoolFieldsFragment) => number) =>
  rows.reduce((a, s) => a + f(s), 0).toLocaleString("en-US");

/** Schools with their counts, weighted enrollment under the adopted budget, Title I status and CSI/TSI. */
export function SchoolsPage() {
  usePageTitle("Schools");
  const navigate = useNavigate();
  const { schools, years, error, loading } = useAllSchools();
  const year = years[0];
  const scenarios = useQuery(SchoolScenariosDocument, {
    variables: { fiscalYear: year ?? 0 },
    skip: !year,
  });
  const adopted = scenarios.data?.scenarios.find((s) => s.status === "APPROVED") ?? null;
  const weighted = useMemo(
    () => new Map(adopted?.result?.schools.map((r) => [r.school.id, r.weightedEnrollment]) ?? []),
    [adopted],
  );
  const columns = useMemo<DataColumn<SchoolFieldsFragment>[]>(
    () => [
      { id: "nces", header: "NCES id", value: (s) => s.ncesSchoolId },
      {
        id: "name",
        header: "School",
        value: (s) => s.name,
        footer: (rows) => `${rows.length} schools`,
      },
      { id: "level", header: "Level", value: (s) => s.level.toLowerCase() },
      {
        id: "enrollment",
        header: "Enrollment",
        value: (s) => s.enrollment,
        numeric: true,
        footer: (rows) => sum(rows, (s) => s.enrollment),
      },
      {
        id: "poverty",
        header: "Poverty %",
        value: (s) => Number(s.povertyPercent),
        cell: (s) => `${s.povertyPercent}%`,
        numeric: true,
      },
      {
        id: "lowIncome",
        header: "Low-income",
        value: (s) => s.lowIncome,
        numeric: true,
        footer: (rows) => sum(rows, (s) => s.lowIncome),
      },
      {
        id: "el",
        header: "English learners",
        value: (s) => s.englishLearners,
        numeric: true,
        footer: (rows) => sum(rows, (s) => s.englishLearners),
      },
      {
        id: "swd",
        header: "With disabilities",
        value: (s) => s.studentsWithDisabilities,
        numeric: true,
        footer: (rows) => sum(rows, (s) => s.studentsWithDisabilities),
      },
      {
        id: "homeless",
        header: "Homeless",
        value: (s) => s.homeless,
        numeric: true,
        footer: (rows) => sum(rows, (s) => s.homeless),
      },
      { id: "foster", header: "Foster", value: (s) => s.foster, numeric: true },
      { id: "migrant", header: "Migrant", value: (s) => s.migrant, numeric: true },
      {
        id: "weighted",
        header: "Weighted enrollment",
        value: (s) => (weighted.has(s.id) ? Math.round(weighted.get(s.id)! * 10) / 10 : null),
        numeric: true,
      },
      { id: "titleI", header: "Title I", value: (s) => s.titleIStatus.toLowerCase() },
      {
        id: "support",
        header: "CSI/TSI",
        value: (s) => s.supportDesignation,
        cell: (s) =>
          s.supportDesignation === "NONE" ? (
            ""
          ) : (
            <Badge size="xs" color="orange">
              {s.supportDesignation}
            </Badge>
          ),
      },
    ],
    [weighted],
  );
  if (loading) return <Loader aria-label="Loading schools" />;
  if (error)
    return (
      <Alert color="red" title="Could not load the schools">
        {error}
      </Alert>
    );
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Schools</Title>
          <Text size="sm" c="dimmed">
            {adopted
              ? `Weighted enrollment under the FY${year} adopted budget, "${adopted.name}".`
              : "Weighted enrollment appears once a budget is adopted."}{" "}
            Click a school for its allocations in each scenario.
          </Text>
        </div>
      </Group>
      {schools.length === 0 ? (
        <Alert title="No schools yet">Load the district's schools first.</Alert>
      ) : (
        <DataTable
          rows={schools}
          columns={columns}
          filename="schools"
          label="Schools"
          onRowClick={(s) => void navigate(`/schools/${encodeURIComponent(s.id)}`)}
          rowTestId={(s) => `school-${s.ncesSchoolId}`}
        />
      )}
    </Stack>
  );
}

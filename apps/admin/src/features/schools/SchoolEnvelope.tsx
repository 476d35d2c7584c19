import { useQuery } from "@apollo/client/react";
import { Alert, Loader, Paper, Table, Text } from "@mantine/core";

import { SchoolBudgetDocument } from "../../graphql/generated";
import { formatUsd, PROGRAM_SHORT_NAMES } from "../../lib/money";

/**
 * A school's budget against its envelope: per program, its allocation in the adopted budget, the
 * lines approved at the school and its leader's drafts, and what is left to draft.
 */
export function SchoolEnvelope({ schoolId, fiscalYear }: { schoolId: string; fiscalYear: number }) {
  const { data, loading, error } = useQuery(SchoolBudgetDocument, {
    variables: { fiscalYear, schoolId },
  });
  const rows = data?.schoolBudget ?? [];
  const adopted = rows.some((r) => r.envelope !== null);
  return (
    <Paper withBorder p="sm">
      <Text fw={600} size="sm" mb="xs">
        FY{fiscalYear} budget against its allocation
      </Text>
      {loading && !data ? (
        <Loader size="sm" />
      ) : error ? (
        <Alert color="red">{error.message}</Alert>
      ) : rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          No allocation and no budget lines at this school in FY{fiscalYear}.
        </Text>
      ) : (
        <>
          {!adopted && (
            <Text size="sm" mb="xs">
              No budget is adopted for FY{fiscalYear} yet: the school has no allocation to budget
              within until a scenario is approved.
            </Text>
          )}
          <Table.ScrollContainer minWidth={520}>
            <Table fz="sm" aria-label="Budget against its allocation" withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Program</Table.Th>
                  <Table.Th ta="right">Allocation</Table.Th>
                  <Table.Th ta="right">Approved lines</Table.Th>
                  <Table.Th ta="right">Drafts</Table.Th>
                  <Table.Th ta="right">Left</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.program} data-testid={`envelope-${r.program}`}>
                    <Table.Td>{PROGRAM_SHORT_NAMES[r.program] ?? r.program}</Table.Td>
                    <Table.Td ta="right">{r.envelope ? formatUsd(r.envelope) : "—"}</Table.Td>
                    <Table.Td ta="right">{formatUsd(r.approved)}</Table.Td>
                    <Table.Td ta="right">{formatUsd(r.drafts)}</Table.Td>
                    <Table.Td ta="right" c={r.left?.startsWith("-") ? "red" : undefined}>
                      {r.left === null ? "—" : formatUsd(r.left)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Paper>
  );
}

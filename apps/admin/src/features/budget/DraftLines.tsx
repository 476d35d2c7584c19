import { useMutation, useQuery } from "@apollo/client/react";
import { Button, Loader, Table, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";

import {
  ApproveBudgetLineDocument,
  BudgetDraftsDocument,
  BudgetPageDocument,
} from "../../graphql/generated";
import { formatUsd, PROGRAM_SHORT_NAMES } from "../../lib/money";
import { useCan } from "../auth/session";

/** School leaders' draft lines of the year, each approved here by the director. */
export function DraftLines({ fiscalYear }: { fiscalYear: number }) {
  const { data, loading } = useQuery(BudgetDraftsDocument, { variables: { fiscalYear } });
  const canApprove = useCan("approveBudgetLine");
  const [approve, approving] = useMutation(ApproveBudgetLineDocument, {
    refetchQueries: [BudgetDraftsDocument, BudgetPageDocument],
    awaitRefetchQueries: true,
  });
  if (loading && !data) return <Loader size="sm" aria-label="Loading the drafts" />;
  const drafts = data?.budgetLines.nodes ?? [];
  if (!drafts.length) return <Text size="sm">No school leader's line awaits approval.</Text>;
  const run = async (id: string, version: number, description: string) => {
    const { data: out } = await approve({ variables: { input: { id, expectedVersion: version } } });
    const e = out?.approveBudgetLine.userErrors[0];
    notifications.show(
      e
        ? { color: "red", title: "Not approved", message: e.message }
        : { color: "teal", title: "Line approved", message: description },
    );
  };
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table fz="sm" withTableBorder aria-label="Draft lines awaiting approval">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>School</Table.Th>
            <Table.Th>Program</Table.Th>
            <Table.Th>Step</Table.Th>
            <Table.Th>Description</Table.Th>
            <Table.Th ta="right">Amount</Table.Th>
            <Table.Th>Drafted by</Table.Th>
            {canApprove && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {drafts.map((l) => (
            <Table.Tr key={l.id} data-testid={`draft-${l.description}`}>
              <Table.Td>{l.school?.name ?? "District"}</Table.Td>
              <Table.Td>
                {PROGRAM_SHORT_NAMES[l.fundingSource.code] ?? l.fundingSource.code}
              </Table.Td>
              <Table.Td>{l.actionStep.label}</Table.Td>
              <Table.Td>{l.description}</Table.Td>
              <Table.Td ta="right">{formatUsd(l.amount)}</Table.Td>
              <Table.Td>{l.draftedBy?.replace(/^user:/, "") ?? ""}</Table.Td>
              {canApprove && (
                <Table.Td>
                  <Button
                    size="compact-xs"
                    loading={approving.loading}
                    onClick={() => void run(l.id, l.version, l.description)}
                    aria-label={`Approve ${l.description}`}
                  >
                    Approve
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

import { Table } from "@mantine/core";

import type { ProgramResultFieldsFragment } from "../../graphql/generated";
import { formatUsd, PROGRAM_SHORT_NAMES } from "../../lib/money";

/** Each program's money in a scenario: what it has, reserves, sends to schools and leaves. */
export function ProgramResultsTable({
  programs,
  label,
  withStatute = false,
  fz = "xs",
}: {
  programs: ProgramResultFieldsFragment[];
  label: string;
  withStatute?: boolean;
  fz?: "xs" | "sm";
}) {
  return (
    <Table fz={fz} aria-label={label} withTableBorder={withStatute}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Program</Table.Th>
          {withStatute && <Table.Th>Statute</Table.Th>}
          <Table.Th ta="right">Has</Table.Th>
          <Table.Th ta="right">Reserved</Table.Th>
          <Table.Th ta="right">To schools</Table.Th>
          <Table.Th ta="right">Unallocated</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {programs.map((p) => (
          <Table.Tr key={p.fundingSource.code}>
            <Table.Td>
              {withStatute
                ? p.fundingSource.name
                : (PROGRAM_SHORT_NAMES[p.fundingSource.code] ?? p.fundingSource.name)}
            </Table.Td>
            {withStatute && <Table.Td>{p.fundingSource.statute}</Table.Td>}
            <Table.Td ta="right">{formatUsd(p.available)}</Table.Td>
            <Table.Td ta="right">{formatUsd(p.reserved)}</Table.Td>
            <Table.Td ta="right">{formatUsd(p.toSchools)}</Table.Td>
            <Table.Td ta="right">{formatUsd(p.unallocated)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

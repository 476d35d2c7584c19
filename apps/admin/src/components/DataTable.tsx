import { Button, Group, Table, Text, TextInput, UnstyledButton } from "@mantine/core";
import {
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
} from "@tanstack/react-table";
import { useMemo, useState, type KeyboardEvent, type ReactNode } from "react";

import { exportCsv, exportXlsx, type ExportColumn } from "../lib/export";

export interface DataColumn<T> {
  id: string;
  header: string;
  /** The value used for sorting, filtering and export. */
  value: (row: T) => string | number | null;
  /** How the cell looks; the value as text when absent. */
  cell?: (row: T) => ReactNode;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  money?: boolean;
  /** The footer: a total, a label, or nothing. */
  footer?: (rows: T[]) => ReactNode;
}

/**
 * A table on TanStack Table: click a heading to sort, type to filter, a sticky header, a totals
 * row, and export of exactly the rows shown (filtered and sorted) to CSV and XLSX.
 */
export function DataTable<T>({
  rows,
  columns,
  filename,
  label,
  maxHeight = "calc(100vh - 260px)",
  onRowClick,
  rowTestId,
}: {
  rows: T[];
  columns: DataColumn<T>[];
  filename: string;
  label: string;
  maxHeight?: string;
  onRowClick?: (row: T) => void;
  rowTestId?: (row: T) => string;
}) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const [filter, setFilter] = useState("");
  const defs = useMemo<ColumnDef<T>[]>(
    () =>
      columns.map((c) => ({
        id: c.id,
        header: c.header,
        accessorFn: (r: T) => c.value(r),
        sortingFn: c.numeric ? "basic" : "alphanumeric",
      })),
    [columns],
  );
  const table = useReactTable({
    data: rows,
    columns: defs,
    state: { sorting, globalFilter: filter },
    onSortingChange: setSorting,
    onGlobalFilterChange: setFilter,
    globalFilterFn: (row, _id, value: string) =>
      columns.some((c) =>
        String(c.value(row.original) ?? "")
          .toLowerCase()
          .includes(value.toLowerCase()),
      ),
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
  });
  const shown = table.getRowModel().rows.map((r) => r.original);
  const byId = new Map(columns.map((c) => [c.id, c]));
  const exportColumns: ExportColumn<T>[] = columns.map((c) => ({
    header: c.header,
    value: c.value,
    money: c.money ?? false,
  }));

  return (
    <div>
      <Group justify="space-between" mb="xs">
        <TextInput
          aria-label={`Filter ${label}`}
          placeholder="Filter…"
          value={filter}
          onChange={(e) => setFilter(e.currentTarget.value)}
          w={260}
          size="xs"
        />
        <Group gap="xs">
          <Text size="xs" c="dimmed">
            {shown.length} of {rows.length}
          </Text>
          <Button
            size="xs"
            variant="default"
            onClick={() => void exportCsv(shown, exportColumns, filename)}
          >
            Export CSV
          </Button>
          <Button
            size="xs"
            variant="default"
            onClick={() => void exportXlsx(shown, exportColumns, filename, label)}
          >
            Export XLSX
          </Button>
        </Group>
      </Group>
      <Table.ScrollContainer minWidth={800} maxHeight={maxHeight} type="native">
        <Table
          stickyHeader
          highlightOnHover
          withTableBorder
          fz="xs"
          verticalSpacing={4}
          aria-label={label}
        >
          <Table.Thead>
            {table.getHeaderGroups().map((g) => (
              <Table.Tr key={g.id}>
                {g.headers.map((h) => {
                  const col = byId.get(h.column.id)!;
                  const sorted = h.column.getIsSorted();
                  return (
                    <Table.Th
                      key={h.id}
                      ta={col.numeric ? "right" : "left"}
                      aria-sort={
                        sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none"
                      }
                    >
                      <UnstyledButton onClick={h.column.getToggleSortingHandler()} fz="xs" fw={700}>
                        {flexRender(h.column.columnDef.header, h.getContext())}
                        {sorted === "asc" ? " ▲" : sorted === "desc" ? " ▼" : ""}
                      </UnstyledButton>
                    </Table.Th>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Thead>
          <Table.Tbody>
            {table.getRowModel().rows.map((r) => (
              <Table.Tr
                key={r.id}
                data-testid={rowTestId?.(r.original)}
                // A row that opens is reachable with Tab and opens with Enter or Space, as with a mouse.
                {...(onRowClick
                  ? {
                      onClick: () => onRowClick(r.original),
                      onKeyDown: (e: KeyboardEvent) => {
                        if (e.key === "Enter" || e.key === " ") {
                          e.preventDefault();
                          onRowClick(r.original);
                        }
                      },
                      tabIndex: 0,
                      style: { cursor: "pointer" },
                    }
                  : {})}
              >
                {columns.map((c) => (
                  <Table.Td
                    key={c.id}
                    ta={c.numeric ? "right" : "left"}
                    style={
                      c.numeric
                        ? { fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" }
                        : undefined
                    }
                  >
                    {c.cell ? c.cell(r.original) : String(c.value(r.original) ?? "")}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
          {columns.some((c) => c.footer) && (
            <Table.Tfoot>
              <Table.Tr data-testid="totals-row">
                {columns.map((c) => (
                  <Table.Th
                    key={c.id}
                    ta={c.numeric ? "right" : "left"}
                    style={{ fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" }}
                  >
                    {c.footer?.(shown)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Tfoot>
          )}
        </Table>
      </Table.ScrollContainer>
    </div>
  );
}

import { useApolloClient } from "@apollo/client/react";
import {
  Alert,
  Badge,
  Button,
  Code,
  FileInput,
  Group,
  List,
  Paper,
  Progress,
  Radio,
  ScrollArea,
  SimpleGrid,
  Stack,
  Stepper,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useMemo, useState } from "react";
import { Link } from "react-router";

import type { FileImportResultFragment } from "../../graphql/generated";
import { exportCsv } from "../../lib/export";
import { usePageTitle } from "../../lib/year";
import { useViewer } from "../auth/session";
import { importsFor, KINDS, type KindSpec } from "./kinds";
import { base64Of, postWithProgress, previewRows } from "./upload";

type Stage =
  | { step: "idle" }
  | { step: "sending"; sent: number; dryRun: boolean }
  | { step: "error"; message: string };
const PREVIEW_ROWS = 50;

/**
 * The import wizard: pick what the file holds and the file; the server checks the whole file
 * (a dry run) and the preview shows every problem at its row and column; only a clean file can be
 * imported, with the upload's progress shown, and the result says what changed.
 */
export function ImportPage() {
  usePageTitle("Import files");
  const viewer = useViewer();
  const allowed = importsFor(viewer.allowedMutations);
  const client = useApolloClient();
  const [active, setActive] = useState(0);
  const [kind, setKind] = useState<KindSpec | undefined>(allowed[0]);
  const [file, setFile] = useState<File | null>(null);
  const [rows, setRows] = useState<string[][]>([]);
  const [check, setCheck] = useState<FileImportResultFragment | null>(null);
  const [result, setResult] = useState<FileImportResultFragment | null>(null);
  const [stage, setStage] = useState<Stage>({ step: "idle" });

  const send = async (dryRun: boolean) => {
    if (!kind || !file) return null;
    setStage({ step: "sending", sent: 0, dryRun });
    try {
      const contentBase64 = await base64Of(file);
      const data = await postWithProgress(
        kind.document,
        { input: { fileName: file.name, contentBase64, dryRun } },
        (sent) => setStage({ step: "sending", sent, dryRun }),
      );
      setStage({ step: "idle" });
      return data[kind.mutation]!;
    } catch (e) {
      setStage({ step: "error", message: e instanceof Error ? e.message : String(e) });
      return null;
    }
  };

  const checkFile = async () => {
    if (!file) return;
    setCheck(null);
    setActive(1);
    try {
      setRows(await previewRows(file));
    } catch {
      setRows([]);
    }
    setCheck(await send(true));
  };

  const importFile = async () => {
    const done = await send(false);
    if (!done) return;
    setResult(done);
    setActive(2);
    // What the pages show has changed: forget every cached read but the session, so each page
    // reads again when opened (resetting the whole store would unmount this page while it refetches).
    client.cache.modify({
      id: "ROOT_QUERY",
      fields: (value: unknown, { fieldName, DELETE }) => (fieldName === "me" ? value : DELETE),
    });
  };

  const restart = () => {
    setActive(0);
    setFile(null);
    setRows([]);
    setCheck(null);
    setResult(null);
    setStage({ step: "idle" });
  };

  if (allowed.length === 0)
    return (
      <Alert title="Nothing to import">
        Your role cannot import files. Finance staff import schools and awards; the federal programs
        director imports budget lines.
      </Alert>
    );

  return (
    <Stack gap="md" maw={1200}>
      <div>
        <Title order={2}>Import the district's files</Title>
        <Text size="sm" c="dimmed">
          CSV, XLSX or XLS. The whole file is checked before anything is written, and every problem
          is shown where it is. Importing the same file again updates what it wrote instead of
          adding it twice.
        </Text>
      </div>
      <Stepper
        active={active}
        onStepClick={(s) => s < active && active < 2 && setActive(s)}
        size="sm"
      >
        <Stepper.Step label="Choose" description="What and which file">
          <Stack gap="md" mt="md">
            <Radio.Group
              label="What does the file hold?"
              value={kind?.kind ?? null}
              onChange={(v) => setKind(KINDS.find((k) => k.kind === v))}
            >
              <SimpleGrid cols={{ base: 1, md: 2 }} mt="xs">
                {allowed.map((k) => (
                  <Radio.Card key={k.kind} value={k.kind} p="md" radius="md" aria-label={k.label}>
                    <Group wrap="nowrap" align="flex-start">
                      <Radio.Indicator />
                      <div>
                        <Text fw={600}>{k.label}</Text>
                        <Text size="sm" c="dimmed">
                          {k.description}
                        </Text>
                      </div>
                    </Group>
                  </Radio.Card>
                ))}
              </SimpleGrid>
            </Radio.Group>
            {kind && <Columns kind={kind} />}
            <Group align="flex-end">
              <FileInput
                label="File"
                placeholder="Choose a .csv, .xlsx or .xls file"
                accept=".csv,.xlsx,.xls,.txt,.tsv"
                value={file}
                onChange={setFile}
                clearable
                w={360}
              />
              <Button onClick={() => void checkFile()} disabled={!file || !kind}>
                Check the file
              </Button>
            </Group>
          </Stack>
        </Stepper.Step>

        <Stepper.Step label="Check" description="Every problem, before writing">
          <Stack gap="md" mt="md">
            <Sending stage={stage} />
            {check && <CheckSummary check={check} fileName={file?.name ?? ""} />}
            {rows.length > 0 && <Preview rows={rows} problems={check?.problems ?? []} />}
            <Group>
              <Button
                variant="default"
                onClick={() => setActive(0)}
                disabled={stage.step === "sending"}
              >
                Back
              </Button>
              <Button
                onClick={() => void importFile()}
                disabled={
                  !check ||
                  check.problems.length > 0 ||
                  check.inserted + check.updated === 0 ||
                  stage.step === "sending"
                }
                loading={stage.step === "sending" && !stage.dryRun}
              >
                {check && check.problems.length === 0 ? `Import ${rowsOf(check.rows)}` : "Import"}
              </Button>
            </Group>
          </Stack>
        </Stepper.Step>

        <Stepper.Completed>
          {result && kind && (
            <Stack gap="md" mt="md">
              <Alert color="teal" title={result.written ? "Imported" : "Nothing to change"}>
                {counts(result)}. {result.written ? "Recorded in the audit trail." : ""}
              </Alert>
              <Group>
                <Button component={Link} to={kind.after.to}>
                  {kind.after.label}
                </Button>
                <Button variant="default" onClick={restart}>
                  Import another file
                </Button>
              </Group>
            </Stack>
          )}
        </Stepper.Completed>
      </Stepper>
    </Stack>
  );
}

/** "1 row", "10,000 rows". */
const rowsOf = (n: number) => `${n.toLocaleString("en-US")} row${n === 1 ? "" : "s"}`;
const counts = (r: FileImportResultFragment) =>
  `${rowsOf(r.rows)}: ${r.inserted.toLocaleString("en-US")} new, ${r.updated.toLocaleString("en-US")} updated, ${r.unchanged.toLocaleString("en-US")} unchanged`;

function Columns({ kind }: { kind: KindSpec }) {
  const [header = [], ...rows] = kind.template;
  const downloadTemplate = () =>
    exportCsv(
      rows,
      header.map((h, i) => ({ header: h, value: (r: string[]) => r[i] ?? "" })),
      `${kind.kind}-template`,
    );
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" align="flex-start">
        <div>
          <Text size="sm">
            Columns (headers match ignoring case and punctuation):{" "}
            {kind.required.map((c) => (
              <Code key={c} mr={4}>
                {c}
              </Code>
            ))}
          </Text>
          <Text size="sm" c="dimmed" mt={4}>
            Optional: {kind.optional.join(", ")}
          </Text>
        </div>
        <Button variant="light" size="xs" onClick={() => void downloadTemplate()}>
          Download a template
        </Button>
      </Group>
    </Paper>
  );
}

function Sending({ stage }: { stage: Stage }) {
  if (stage.step === "error")
    return (
      <Alert color="red" title="The file was not sent">
        {stage.message}
      </Alert>
    );
  if (stage.step !== "sending") return null;
  const uploading = stage.sent < 1;
  return (
    <Stack gap={4} aria-label="Progress">
      <Text size="sm">
        {uploading
          ? `Sending the file: ${Math.round(stage.sent * 100)}%`
          : stage.dryRun
            ? "Checking every row on the server…"
            : "Writing…"}
      </Text>
      <Progress
        value={uploading ? stage.sent * 100 : 100}
        animated={!uploading}
        striped={!uploading}
        aria-label={uploading ? "Upload progress" : "Working"}
      />
    </Stack>
  );
}

function CheckSummary({ check, fileName }: { check: FileImportResultFragment; fileName: string }) {
  if (check.problems.length) {
    const shown = check.problems.slice(0, 200);
    return (
      <Alert
        color="red"
        title={`${fileName}: ${check.problems.length} problem${check.problems.length === 1 ? "" : "s"}. Nothing will be written until the file is fixed.`}
      >
        <ScrollArea.Autosize mah={280}>
          <Table striped withRowBorders={false} aria-label="Problems">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Row</Table.Th>
                <Table.Th>Column</Table.Th>
                <Table.Th>Problem</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((p, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{p.row ?? "file"}</Table.Td>
                  <Table.Td>{p.column ?? ""}</Table.Td>
                  <Table.Td>{p.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
        {check.problems.length > shown.length && (
          <Text size="sm">…and {check.problems.length - shown.length} more.</Text>
        )}
      </Alert>
    );
  }
  if (check.inserted + check.updated === 0)
    return (
      <Alert title="Nothing would change">
        {counts(check)}: the district already has exactly what this file says.
      </Alert>
    );
  return (
    <Stack gap="xs">
      <Alert color="teal" title="The file is ready to import">
        {counts(check)}. Nothing has been written yet.
      </Alert>
      {check.changes.length > 0 && (
        <Table.ScrollContainer minWidth={560} maxHeight={320}>
          <Table
            fz="xs"
            withTableBorder
            aria-label="What would change"
            data-testid="import-changes"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Row</Table.Th>
                <Table.Th>Record</Table.Th>
                <Table.Th>Field</Table.Th>
                <Table.Th>Now</Table.Th>
                <Table.Th>After the import</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {check.changes.map((c, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{c.row}</Table.Td>
                  <Table.Td>{c.record}</Table.Td>
                  <Table.Td>{c.field}</Table.Td>
                  <Table.Td>{c.before}</Table.Td>
                  <Table.Td>{c.after}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

/** The file as its author sees it, with spreadsheet row numbers; rows with a problem are marked. */
function Preview({
  rows,
  problems,
}: {
  rows: string[][];
  problems: FileImportResultFragment["problems"];
}) {
  const byRow = useMemo(() => {
    const m = new Map<number, Set<string>>();
    for (const p of problems)
      if (p.row !== null) m.set(p.row, (m.get(p.row) ?? new Set()).add(p.column ?? ""));
    return m;
  }, [problems]);
  // The first rows, and every row with a problem, so each problem can be seen in place.
  // The header is the first row that fills several columns: Georgia's files may have a note above it.
  const headerIndex = Math.max(
    0,
    rows.slice(0, 10).findIndex((r) => r.filter((c) => c.trim()).length >= 3),
  );
  const header = rows[headerIndex] ?? [];
  const records = rows.slice(headerIndex + 1).filter((r) => r.some((c) => c.trim())).length;
  const shown = rows
    .map((cells, i) => ({ n: i + 1, cells }))
    .filter(({ n }) => n <= headerIndex + PREVIEW_ROWS + 1 || byRow.has(n))
    .slice(0, PREVIEW_ROWS + 200);
  const width = Math.max(...rows.slice(0, PREVIEW_ROWS + 1).map((r) => r.length), 0);
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Text fw={600} size="sm">
          Preview
        </Text>
        <Badge variant="light">{rowsOf(records)}</Badge>
        {records > PREVIEW_ROWS && (
          <Text size="xs" c="dimmed">
            first {PREVIEW_ROWS} rows and every row with a problem
          </Text>
        )}
      </Group>
      <ScrollArea.Autosize mah={420} type="auto">
        <Table withTableBorder withColumnBorders fz="xs" aria-label="Preview of the file">
          <Table.Tbody>
            {shown.map(({ n, cells }) => {
              const bad = byRow.get(n);
              return (
                <Table.Tr
                  key={n}
                  bg={
                    bad
                      ? "var(--mantine-color-red-light)"
                      : n === headerIndex + 1
                        ? "var(--mantine-color-gray-light)"
                        : undefined
                  }
                  data-row={n}
                  data-problem={bad ? "true" : undefined}
                >
                  <Table.Td c="dimmed">{n}</Table.Td>
                  {Array.from({ length: width }, (_, c) => (
                    <Table.Td
                      key={c}
                      fw={n === headerIndex + 1 ? 600 : undefined}
                      style={{
                        whiteSpace: "nowrap",
                        ...(bad?.has(header[c] ?? "\u0000")
                          ? { outline: "2px solid var(--mantine-color-red-6)", outlineOffset: -2 }
                          : {}),
                      }}
                    >
                      {cells[c] ?? ""}
                    </Table.Td>
                  ))}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {problems.some((p) => p.row === null) && (
        <List size="sm" c="red">
          {problems
            .filter((p) => p.row === null)
            .map((p, i) => (
              <List.Item key={i}>{p.message}</List.Item>
            ))}
        </List>
      )}
    </Stack>
  );
}

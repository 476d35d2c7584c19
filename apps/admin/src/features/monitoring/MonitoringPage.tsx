import { useMutation, useQuery } from "@apollo/client/react";
import {
  Alert,
  Anchor,
  Button,
  Drawer,
  FileInput,
  Group,
  Loader,
  Select,
  Stack,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useParams } from "react-router";

import { DataTable, type DataColumn } from "../../components/DataTable";
import { FiscalYearSelect } from "../../components/FiscalYearSelect";
import {
  AttachMonitoringArtifactDocument,
  RecordStepMonitoringDocument,
  StepProgressDocument,
  type ImplementationStatus,
  type MonitoringWindow,
  type StepProgressQuery,
} from "../../graphql/generated";
import { formatUsd } from "../../lib/money";
import { usePageTitle } from "../../lib/year";
import { useCan } from "../auth/session";
import { base64Of } from "../imports/upload";
import { WindowDates } from "./WindowDates";

type Row = StepProgressQuery["stepProgress"][number];

const WINDOWS: { value: MonitoringWindow; label: string }[] = [
  { value: "MID_YEAR", label: "Mid-year" },
  { value: "END_OF_YEAR", label: "End of year" },
];
const STATUSES: { value: ImplementationStatus; label: string }[] = [
  { value: "NOT_STARTED", label: "Not started" },
  { value: "BEGINNING", label: "Beginning" },
  { value: "PARTIAL", label: "Partial" },
  { value: "FULL", label: "Full" },
  { value: "NOT_IMPLEMENTED", label: "Not implemented" },
];
const statusOf = (r: Row, w: MonitoringWindow) => {
  const rec = r.windows.find((x) => x.window === w);
  return rec ? (STATUSES.find((s) => s.value === rec.status)?.label ?? rec.status) : "Not recorded";
};

const COLUMNS: DataColumn<Row>[] = [
  { id: "step", header: "Step", value: (r) => r.actionStep.label },
  { id: "mid", header: "Mid-year", value: (r) => statusOf(r, "MID_YEAR") },
  { id: "end", header: "End of year", value: (r) => statusOf(r, "END_OF_YEAR") },
  {
    id: "files",
    header: "Files",
    value: (r) => r.windows.reduce((n, w) => n + w.artifacts.length, 0),
    numeric: true,
  },
  {
    id: "budgeted",
    header: "Budgeted",
    value: (r) => Number(r.budgeted),
    cell: (r) => formatUsd(r.budgeted),
    numeric: true,
    money: true,
  },
];

/**
 * Each action step's progress in the year's two monitoring windows beside the money budgeted on
 * it; the director records a window and attaches its evidence from a step's row.
 */
export function MonitoringPage() {
  const params = useParams();
  const fiscalYear = Number(params.fiscalYear);
  usePageTitle(`Monitoring, FY${params.fiscalYear ?? ""}`);
  const { data, loading, error } = useQuery(StepProgressDocument, { variables: { fiscalYear } });
  const [openId, setOpenId] = useState<string | null>(null);
  if (loading && !data) return <Loader aria-label="Loading the monitoring" />;
  if (error)
    return (
      <Alert color="red" title="Could not load the monitoring">
        {error.message}
      </Alert>
    );
  if (!data) return null;
  const open = data.stepProgress.find((r) => r.actionStep.id === openId) ?? null;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Monitoring, FY{fiscalYear}</Title>
          <Text size="sm" c="dimmed">
            Each action step's implementation at mid-year and at the end of the year, with its
            evidence, beside what is budgeted on it.
          </Text>
        </div>
        <Group align="flex-end">
          <Button
            component="a"
            variant="default"
            href={`/exports/monitoring/${fiscalYear}.xlsx`}
            download
          >
            Export for the state (XLSX)
          </Button>
          <FiscalYearSelect years={data.fiscalYears} value={fiscalYear} page="monitoring" />
        </Group>
      </Group>
      <WindowDates fiscalYear={fiscalYear} />
      <DataTable
        rows={data.stepProgress}
        columns={COLUMNS}
        filename={`monitoring-FY${fiscalYear}`}
        label="Action step progress"
        onRowClick={(r) => setOpenId(r.actionStep.id)}
        rowTestId={(r) => `progress-${r.actionStep.label}`}
      />
      <Drawer
        opened={open !== null}
        onClose={() => setOpenId(null)}
        position="right"
        size="lg"
        title={open ? `Action step ${open.actionStep.label}` : ""}
      >
        {open && <StepWindows key={open.actionStep.id} row={open} />}
      </Drawer>
    </Stack>
  );
}

function StepWindows({ row }: { row: Row }) {
  const canRecord = useCan("recordStepMonitoring");
  const [window, setWindow] = useState<MonitoringWindow>("MID_YEAR");
  const current = row.windows.find((w) => w.window === window);
  const [status, setStatus] = useState<string | null>(current?.status ?? null);
  const [evidence, setEvidence] = useState(current?.evidence ?? "");
  const [notes, setNotes] = useState(current?.notes ?? "");
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [record, recording] = useMutation(RecordStepMonitoringDocument, {
    refetchQueries: [StepProgressDocument],
    awaitRefetchQueries: true,
  });
  const [attach, attaching] = useMutation(AttachMonitoringArtifactDocument, {
    refetchQueries: [StepProgressDocument],
    awaitRefetchQueries: true,
  });
  const choose = (w: MonitoringWindow) => {
    const rec = row.windows.find((x) => x.window === w);
    setWindow(w);
    setStatus(rec?.status ?? null);
    setEvidence(rec?.evidence ?? "");
    setNotes(rec?.notes ?? "");
  };
  const save = async () => {
    if (!status) return setError("Choose how far the step is implemented.");
    const { data } = await record({
      variables: {
        input: {
          actionStepId: row.actionStep.id,
          window,
          status: status as ImplementationStatus,
          evidence: evidence.trim() || null,
          notes: notes.trim() || null,
          expectedVersion: current?.version ?? null,
        },
      },
    });
    const e = data?.recordStepMonitoring.userErrors[0];
    if (e) return setError(e.message);
    if (file) {
      const { data: a } = await attach({
        variables: {
          input: {
            actionStepId: row.actionStep.id,
            window,
            fileName: file.name,
            contentType: file.type,
            contentBase64: await base64Of(file),
          },
        },
      });
      const fe = a?.attachMonitoringArtifact.userErrors[0];
      if (fe) return setError(`Saved; the file was not attached: ${fe.message}`);
    }
    setError(null);
    setFile(null);
    notifications.show({
      color: "teal",
      title: "Progress recorded",
      message: row.actionStep.label,
    });
  };
  return (
    <Stack gap="sm">
      <Text size="sm">{row.actionStep.description}</Text>
      {row.actionStep.monitoringImplementation && (
        <Text size="xs">
          <b>The plan monitors it by:</b> {row.actionStep.monitoringImplementation}
        </Text>
      )}
      <Select
        label="Window"
        data={WINDOWS}
        value={window}
        onChange={(v) => v && choose(v as MonitoringWindow)}
        allowDeselect={false}
      />
      {current && (
        <Text size="xs">
          Recorded by {current.recordedBy.replace(/^user:/, "")} on{" "}
          {current.recordedAt.slice(0, 10)}
        </Text>
      )}
      {current?.artifacts.map((a) => (
        <Anchor key={a.id} size="sm" href={`/exports/monitoring-artifacts/${a.id}`} download>
          {a.fileName}
        </Anchor>
      ))}
      <Select
        label="Implementation"
        data={STATUSES}
        value={status}
        onChange={setStatus}
        disabled={!canRecord}
      />
      <Textarea
        label="Evidence"
        value={evidence}
        onChange={(e) => setEvidence(e.currentTarget.value)}
        disabled={!canRecord}
        autosize
        minRows={2}
      />
      <Textarea
        label="Notes"
        value={notes}
        onChange={(e) => setNotes(e.currentTarget.value)}
        disabled={!canRecord}
        autosize
        minRows={2}
      />
      {canRecord && (
        <>
          <FileInput
            label="Attach a file (PDF, image, Word, Excel, CSV; at most 1 MB)"
            value={file}
            onChange={setFile}
            clearable
          />
          {error && (
            <Alert color="red" data-testid="monitoring-error">
              {error}
            </Alert>
          )}
          <Button loading={recording.loading || attaching.loading} onClick={() => void save()}>
            Save progress
          </Button>
        </>
      )}
    </Stack>
  );
}

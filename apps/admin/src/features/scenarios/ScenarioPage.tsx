import { useQuery } from "@apollo/client/react";
import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Drawer,
  Group,
  Loader,
  Modal,
  MultiSelect,
  NumberInput,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Slider,
  Stack,
  Switch,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { Link, useParams } from "react-router";

import { DataTable, type DataColumn } from "../../components/DataTable";
import {
  AdoptedBudgetDocument,
  ScenarioDocument,
  type ScenarioDetailFragment,
} from "../../graphql/generated";
import { formatUsd, PROGRAM_SHORT_NAMES, sumMoney } from "../../lib/money";
import { usePageTitle } from "../../lib/year";
import { useCan } from "../auth/session";
import { complianceSummary, ruleDetail } from "./compliance";
import { MAX_WEIGHT, REALLOCATABLE, RESERVATIONS, WEIGHTS } from "./parameters";
import { ProgramResultsTable } from "./ProgramResultsTable";
import { RuleStatusBadge } from "./RuleStatusBadge";
import { ScenarioCharts } from "./ScenarioCharts";
import { STATUS_COLORS } from "./ScenariosPage";
import { useScenarioActions } from "./useScenarioActions";

type Result = NonNullable<ScenarioDetailFragment["result"]>;
type SchoolRow = Result["schools"][number];
const MEASURES = [
  ["progressivityRatio", "Progressivity ratio (> 1 favours low-income pupils)"],
  ["slopePerPovertyPoint", "Dollars per pupil per poverty point"],
  ["correlationWithPoverty", "Correlation with poverty"],
  ["coefficientOfVariation", "Coefficient of variation, $ per weighted pupil"],
  ["gini", "Gini of $ per pupil"],
] as const;

/** Build, run and review a scenario; submit, approve or reject it. */
export function ScenarioPage() {
  const { scenarioId = "" } = useParams();
  const { data, loading, error } = useQuery(ScenarioDocument, { variables: { id: scenarioId } });
  const s = data?.scenario;
  if (loading && !data) return <Loader aria-label="Loading the scenario" />;
  if (error)
    return (
      <Alert color="red" title="Could not load the scenario">
        {error.message}
      </Alert>
    );
  if (!s)
    return <Alert title="No such scenario">It is not one of your district's scenarios.</Alert>;
  return <ScenarioView s={s} />;
}

function ScenarioView({ s }: { s: ScenarioDetailFragment }) {
  const canUpdate = useCan("updateScenario");
  const canRun = useCan("runScenario");
  const canSubmit = useCan("submitScenario");
  const canApprove = useCan("approveScenario");
  const canReject = useCan("rejectScenario");
  const editable = s.status === "DRAFT" && canUpdate;
  usePageTitle(`Scenario: ${s.name}`);
  const [school, setSchool] = useState<SchoolRow | null>(null);
  const {
    form,
    save,
    runAgain,
    act,
    sendBack,
    busy,
    approveOpen,
    setApproveOpen,
    rejectOpen,
    setRejectOpen,
    comment,
    setComment,
    commentError,
  } = useScenarioActions(s);

  const r = s.result;
  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to={`/scenarios/${s.fiscalYear}`}>
          Scenarios, FY{s.fiscalYear}
        </Anchor>
        <Text>{s.name}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>
            {s.name}{" "}
            <Badge
              color={s.sentBack ? "orange" : STATUS_COLORS[s.status]}
              variant="light"
              data-testid="scenario-status"
            >
              {s.sentBack ? "sent back" : s.status.toLowerCase()}
            </Badge>
          </Title>
          <Text size="sm" c="dimmed">
            FY{s.fiscalYear} · version {s.version} ·{" "}
            {s.lastRunAt
              ? `run ${new Date(s.lastRunAt).toLocaleString("en-US")}${s.stale ? ", out of date: run it again" : ""}`
              : "not run yet"}
          </Text>
        </div>
        <Group gap="xs">
          {s.status === "DRAFT" && canSubmit && (
            <Button
              variant="default"
              disabled={s.stale || !r}
              loading={busy.submitting}
              onClick={() => void act("submit")}
            >
              Submit for approval
            </Button>
          )}
          {s.status === "SUBMITTED" && canReject && (
            <Button color="orange" variant="light" onClick={() => setRejectOpen(true)}>
              Reject
            </Button>
          )}
          {s.status === "SUBMITTED" && canApprove && (
            <Button color="teal" loading={busy.approving} onClick={() => setApproveOpen(true)}>
              Approve
            </Button>
          )}
        </Group>
      </Group>
      {s.status === "APPROVED" && (
        <Alert color="teal" title="Adopted budget">
          Approved by {s.approvedByName} on {new Date(s.approvedAt ?? "").toLocaleString("en-US")}.
          It is final: to change it, start a new scenario from the adopted budget.
        </Alert>
      )}
      {s.status === "SUPERSEDED" && (
        <Alert color="gray" title="Superseded">
          A later approved scenario replaced it. It is kept as it was.
        </Alert>
      )}
      {s.status === "SUBMITTED" && (
        <Alert color="blue" title="Waiting for approval">
          The federal programs director approves it or sends it back with a comment.
        </Alert>
      )}
      {s.sentBack && (
        <Alert color="orange" title="Sent back by the reviewer" data-testid="sent-back">
          {s.reviewComment}
        </Alert>
      )}

      <Paper withBorder p="md" component="section" aria-label="Parameters">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save(true);
          }}
          noValidate
        >
          <fieldset disabled={!editable} style={{ border: 0, padding: 0, margin: 0 }}>
            <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="lg">
              <Stack gap="xs">
                <Text fw={600} size="sm">
                  Title I, Part A
                </Text>
                <SegmentedControl
                  size="xs"
                  data={[
                    { value: "EVEN", label: "One amount from the whole pool" },
                    { value: "SINGLE", label: "A set per-child amount" },
                    // Set through the API: shown and kept, so saving here never drops them.
                    ...(s.parameters.titleI.ppaKind === "BANDS"
                      ? [{ value: "BANDS", label: "Poverty bands" }]
                      : []),
                    ...(s.parameters.titleI.ppaKind === "EXPLICIT"
                      ? [{ value: "EXPLICIT", label: "Per school" }]
                      : []),
                  ]}
                  {...form.getInputProps("ppaKind")}
                />
                {form.values.ppaKind === "SINGLE" && (
                  <TextInput
                    size="xs"
                    label="Per low-income child"
                    {...form.getInputProps("perChild")}
                  />
                )}
                {RESERVATIONS.map(([k, label]) => (
                  <TextInput
                    key={k}
                    size="xs"
                    label={label}
                    {...form.getInputProps(`reservations.${k}`)}
                  />
                ))}
              </Stack>
              <Stack gap="xs">
                <Text fw={600} size="sm">
                  Need weights (extra weight per pupil)
                </Text>
                {WEIGHTS.map(([k, label]) => (
                  <div key={k}>
                    <Group justify="space-between" gap="xs">
                      <Text size="xs" id={`w-${k}`}>
                        {label}
                      </Text>
                      <NumberInput
                        size="xs"
                        w={90}
                        min={0}
                        max={MAX_WEIGHT}
                        step={0.05}
                        decimalScale={4}
                        aria-label={`${label} weight`}
                        {...form.getInputProps(`weights.${k}`)}
                      />
                    </Group>
                    <Slider
                      size="sm"
                      min={0}
                      max={MAX_WEIGHT}
                      step={0.05}
                      thumbLabel={`Slider for ${label}`}
                      label={(v) => v.toFixed(2)}
                      {...form.getInputProps(`weights.${k}`)}
                    />
                  </div>
                ))}
                <Text fw={600} size="sm" mt="xs">
                  Title II-A and IV-A priority
                </Text>
                <Group gap="xs" grow>
                  <NumberInput
                    size="xs"
                    label="CSI/TSI extra %"
                    min={0}
                    max={500}
                    {...form.getInputProps("priority.csiTsiPercent")}
                  />
                  <NumberInput
                    size="xs"
                    label="High-poverty extra %"
                    min={0}
                    max={500}
                    {...form.getInputProps("priority.highPovertyPercent")}
                  />
                  <NumberInput
                    size="xs"
                    label="High poverty from %"
                    min={0}
                    max={100}
                    {...form.getInputProps("priority.highPovertyThresholdPercent")}
                  />
                </Group>
              </Stack>
              <Stack gap="xs">
                <Text fw={600} size="sm">
                  Equity reallocation
                </Text>
                <Switch
                  label="Move school money toward equal dollars per weighted pupil"
                  {...form.getInputProps("reallocate", { type: "checkbox" })}
                />
                {form.values.reallocate && (
                  <>
                    <MultiSelect
                      size="xs"
                      label="Programs reallocated (their school money only)"
                      data={REALLOCATABLE.map((c) => ({
                        value: c,
                        label: PROGRAM_SHORT_NAMES[c] ?? c,
                      }))}
                      {...form.getInputProps("reallocationPrograms")}
                    />
                    <NumberInput
                      size="xs"
                      label="Floor: largest loss against the baseline, %"
                      min={0}
                      max={100}
                      {...form.getInputProps("maxLossPercent")}
                    />
                    <NumberInput
                      size="xs"
                      label="Cap: largest gain, % (empty: none)"
                      min={0}
                      {...form.getInputProps("maxGainPercent")}
                    />
                  </>
                )}
              </Stack>
            </SimpleGrid>
          </fieldset>
          {editable && (
            <Group mt="md">
              <Button type="submit" loading={busy.updating || busy.running}>
                Save and run
              </Button>
              <Button variant="default" loading={busy.updating} onClick={() => void save(false)}>
                Save
              </Button>
              {canRun && !form.isDirty() && (
                <Button variant="subtle" loading={busy.running} onClick={() => void runAgain()}>
                  Run again
                </Button>
              )}
            </Group>
          )}
        </form>
      </Paper>

      {!r ? (
        <Alert title="Not run yet">
          {editable
            ? "Save and run to see every school's allocation."
            : "A finance analyst runs it."}
        </Alert>
      ) : (
        <Results r={r} onSchool={setSchool} scenarioId={s.id} />
      )}

      <Drawer
        opened={school !== null}
        onClose={() => setSchool(null)}
        position="right"
        size="lg"
        title={school?.school.name}
      >
        {school && (
          <Stack gap="xs">
            <Text size="sm">
              {school.school.povertyPercent}% poverty · {school.school.enrollment} pupils · weighted{" "}
              {school.weightedEnrollment.toFixed(1)} · {formatUsd(school.perWeightedPupil)} per
              weighted pupil
            </Text>
            {school.allocations.map((a) => (
              <Paper key={a.program} withBorder p="xs" data-testid={`explanation-${a.program}`}>
                <Group justify="space-between">
                  <Text fw={600} size="sm">
                    {PROGRAM_SHORT_NAMES[a.program] ?? a.program}
                  </Text>
                  <Text size="sm">
                    {formatUsd(a.amount)}{" "}
                    <Text span c={a.change.startsWith("-") ? "red" : "teal"} size="xs">
                      ({a.change.startsWith("-") ? "" : "+"}
                      {formatUsd(a.change)})
                    </Text>
                  </Text>
                </Group>
                <Text size="xs">{a.explanation}</Text>
                {a.bound && (
                  <Badge size="xs" mt={4} variant="outline">
                    {a.bound.toLowerCase()}
                  </Badge>
                )}
              </Paper>
            ))}
          </Stack>
        )}
      </Drawer>
      {approveOpen && r && (
        <ApproveDialog
          scenario={s}
          programs={r.programs}
          busy={busy.approving}
          onCancel={() => setApproveOpen(false)}
          onApprove={() => void act("approve")}
        />
      )}
      <Modal opened={rejectOpen} onClose={() => setRejectOpen(false)} title="Send back to draft">
        <Stack>
          <Textarea
            label="What should change?"
            minRows={3}
            value={comment}
            error={commentError}
            onChange={(e) => setComment(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRejectOpen(false)}>
              Cancel
            </Button>
            <Button color="orange" loading={busy.rejecting} onClick={() => void sendBack()}>
              Reject
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function Results({
  r,
  onSchool,
  scenarioId,
}: {
  r: Result;
  onSchool: (s: SchoolRow) => void;
  scenarioId: string;
}) {
  const columns: DataColumn<SchoolRow>[] = [
    {
      id: "name",
      header: "School",
      value: (s) => s.school.name,
      footer: (rows) => `${rows.length} schools`,
    },
    {
      id: "poverty",
      header: "Poverty %",
      value: (s) => Number(s.school.povertyPercent),
      cell: (s) => `${s.school.povertyPercent}%`,
      numeric: true,
    },
    {
      id: "el",
      header: "EL %",
      value: (s) =>
        s.school.enrollment
          ? Math.round((s.school.englishLearners / s.school.enrollment) * 1000) / 10
          : 0,
      cell: (s) =>
        `${s.school.enrollment ? ((s.school.englishLearners / s.school.enrollment) * 100).toFixed(1) : "0.0"}%`,
      numeric: true,
    },
    {
      id: "weighted",
      header: "Weighted pupils",
      value: (s) => Math.round(s.weightedEnrollment * 10) / 10,
      numeric: true,
    },
    {
      id: "baseline",
      header: "Baseline",
      value: (s) => Number(s.baselineTotal),
      cell: (s) => formatUsd(s.baselineTotal),
      numeric: true,
      money: true,
      footer: (rows) => formatUsd(sumMoney(rows.map((x) => x.baselineTotal))),
    },
    {
      id: "total",
      header: "Total",
      value: (s) => Number(s.total),
      cell: (s) => formatUsd(s.total),
      numeric: true,
      money: true,
      footer: (rows) => formatUsd(sumMoney(rows.map((x) => x.total))),
    },
    {
      id: "change",
      header: "Change",
      value: (s) => Number(s.change),
      cell: (s) => (
        <Text
          span
          size="xs"
          c={s.change.startsWith("-") ? "red" : Number(s.change) > 0 ? "teal" : undefined}
        >
          {formatUsd(s.change)}
        </Text>
      ),
      numeric: true,
      money: true,
      footer: (rows) => formatUsd(sumMoney(rows.map((x) => x.change))),
    },
    {
      id: "perWeighted",
      header: "$ per weighted pupil",
      value: (s) => Number(s.perWeightedPupil),
      cell: (s) => formatUsd(s.perWeightedPupil),
      numeric: true,
      money: true,
    },
  ];
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="sm">
          <Text fw={600} size="sm" mb="xs">
            By program
          </Text>
          <ProgramResultsTable programs={r.programs} label="Programs in this scenario" />
        </Paper>
        <Paper withBorder p="sm">
          <Text fw={600} size="sm" mb="xs">
            Equity, before and after
          </Text>
          <Table fz="xs" aria-label="Equity measures">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Measure</Table.Th>
                <Table.Th ta="right">Before</Table.Th>
                <Table.Th ta="right">After</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {MEASURES.map(([k, label]) => (
                <Table.Tr key={k}>
                  <Table.Td>{label}</Table.Td>
                  <Table.Td ta="right">{r.equityBefore[k]?.toFixed(3) ?? "—"}</Table.Td>
                  <Table.Td ta="right">{r.equityAfter[k]?.toFixed(3) ?? "—"}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      </SimpleGrid>
      <ScenarioCharts schools={r.schools} />
      <Paper withBorder p="sm">
        <Text fw={600} size="sm" mb="xs">
          Schools (click one for how each amount was reached)
        </Text>
        <DataTable
          rows={r.schools}
          columns={columns}
          filename="scenario-schools"
          label="Scenario results"
          maxHeight="480px"
          onRowClick={onSchool}
          rowTestId={(s) => `result-${s.school.ncesSchoolId}`}
        />
      </Paper>
      <Paper withBorder p="sm" component="section" aria-label="Compliance">
        <Group justify="space-between" mb="xs">
          <Group gap="sm">
            <Text fw={600} size="sm">
              Compliance
            </Text>
            {r.failures ? <Badge color="red">{r.failures} failing</Badge> : null}
            {r.notChecked ? <Badge color="indigo">{r.notChecked} not checked</Badge> : null}
            {r.allPass ? <Badge color="teal">all pass</Badge> : null}
          </Group>
          <Group gap="md">
            <Anchor size="sm" component={Link} to={`/scenarios/view/${scenarioId}/compliance`}>
              Print-ready report
            </Anchor>
            <Anchor size="sm" href={`/exports/scenarios/${scenarioId}.xlsx`} download>
              Workbook (XLSX): schools, assumptions, compliance
            </Anchor>
          </Group>
        </Group>
        <Table fz="xs" aria-label="Compliance report">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Result</Table.Th>
              <Table.Th>Rule</Table.Th>
              <Table.Th>Citation</Table.Th>
              <Table.Th>Program</Table.Th>
              <Table.Th>Detail</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {r.compliance.map((c) => (
              <Table.Tr key={`${c.ruleId}-${c.program ?? ""}`}>
                <Table.Td>
                  <RuleStatusBadge size="xs" status={c.status} />
                </Table.Td>
                <Table.Td>{c.title}</Table.Td>
                <Table.Td style={{ whiteSpace: "nowrap" }}>{c.citation}</Table.Td>
                <Table.Td>
                  {c.program ? (PROGRAM_SHORT_NAMES[c.program] ?? c.program) : ""}
                </Table.Td>
                <Table.Td>{ruleDetail(c)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}

type Programs = Result["programs"];

/**
 * Approving is final, so the director confirms it after seeing what changes against the year's
 * adopted budget, program by program, and what the compliance report says.
 */
function ApproveDialog({
  scenario,
  programs,
  busy,
  onCancel,
  onApprove,
}: {
  scenario: ScenarioDetailFragment;
  programs: Programs;
  busy: boolean;
  onCancel: () => void;
  onApprove: () => void;
}) {
  const { data, loading } = useQuery(AdoptedBudgetDocument, {
    variables: { fiscalYear: scenario.fiscalYear },
  });
  const adopted = data?.scenarios.find((x) => x.status === "APPROVED");
  const before = new Map(adopted?.result?.programs.map((p) => [p.fundingSource.code, p]) ?? []);
  const r = scenario.result!;
  return (
    <Modal opened onClose={onCancel} title={`Approve "${scenario.name}"?`} size="lg">
      <Stack>
        <Text size="sm">
          Approving makes it FY{scenario.fiscalYear}'s adopted budget
          {adopted ? `, replacing "${adopted.name}"` : ""}. It is final: it cannot be edited or
          approved again; a change needs a new scenario.
        </Text>
        <Text size="sm" fw={600}>
          {complianceSummary(r)}
        </Text>
        {loading ? (
          <Loader size="sm" aria-label="Loading the adopted budget" />
        ) : (
          <Table.ScrollContainer minWidth={420}>
            <Table
              fz="xs"
              aria-label={
                adopted ? "Against the adopted budget" : "Programs (no adopted budget yet)"
              }
              data-testid="approve-comparison"
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Program</Table.Th>
                  <Table.Th ta="right">{adopted ? "Adopted: to schools" : "Adopted"}</Table.Th>
                  <Table.Th ta="right">This: to schools</Table.Th>
                  <Table.Th ta="right">Change</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {programs.map((p) => {
                  const was = before.get(p.fundingSource.code);
                  return (
                    <Table.Tr key={p.fundingSource.code}>
                      <Table.Td>
                        {PROGRAM_SHORT_NAMES[p.fundingSource.code] ?? p.fundingSource.name}
                      </Table.Td>
                      <Table.Td ta="right">{was ? formatUsd(was.toSchools) : "none"}</Table.Td>
                      <Table.Td ta="right">{formatUsd(p.toSchools)}</Table.Td>
                      <Table.Td ta="right">
                        {was ? formatUsd(sumMoney([p.toSchools, `-${was.toSchools}`])) : "—"}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {adopted && (
          <Anchor
            size="sm"
            component={Link}
            to={`/scenarios/compare?a=${adopted.id}&b=${scenario.id}`}
          >
            Compare school by school
          </Anchor>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button color="teal" loading={busy} onClick={onApprove}>
            Approve: this is final
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

import { useMutation, useQuery } from "@apollo/client/react";
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Drawer,
  Group,
  List,
  Loader,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { Link as RouterLink, useParams } from "react-router";

import { FiscalYearSelect } from "../../components/FiscalYearSelect";
import {
  ApproveImprovementPlanDocument,
  DecidePlanAmendmentDocument,
  EditImprovementPlanDocument,
  PlanEditDocument,
  type PlanChangeInput,
  type PlanEditQuery,
  type PlanField,
} from "../../graphql/generated";
import { usePageTitle } from "../../lib/year";
import { useCan } from "../auth/session";
import { PlanStructure } from "./PlanStructure";

type Plan = NonNullable<PlanEditQuery["improvementPlan"]>;
type Need = Plan["needs"][number];
type Step = Need["actionSteps"][number];
type Amendment = PlanEditQuery["planAmendments"][number];

/** The fields a person edits, as the state's template names them; lists are one item per line. */
interface FieldSpec {
  field: PlanField;
  label: string;
  list?: boolean;
  read: (row: Need & Step) => string | string[] | null | undefined;
}
const NEED_FIELDS: FieldSpec[] = [
  { field: "NEED_DESCRIPTION", label: "Need", read: (n) => n.description },
  { field: "NEED_ROOT_CAUSES", label: "Root causes", list: true, read: (n) => n.rootCauses },
  { field: "NEED_GOAL", label: "Goal", read: (n) => n.goal },
  { field: "NEED_EQUITY_GAP", label: "Equity gap", read: (n) => n.equityGap },
  { field: "NEED_SUBGROUPS", label: "Subgroups", list: true, read: (n) => n.subgroups },
];
const STEP_FIELDS: FieldSpec[] = [
  { field: "STEP_DESCRIPTION", label: "Action step", read: (s) => s.description },
  { field: "STEP_SYSTEMS", label: "Systems", list: true, read: (s) => s.systems },
  { field: "STEP_SUBGROUPS", label: "Subgroups", list: true, read: (s) => s.subgroups },
  {
    field: "STEP_MONITORING_IMPLEMENTATION",
    label: "Method for monitoring implementation",
    read: (s) => s.monitoringImplementation,
  },
  {
    field: "STEP_MONITORING_EFFECTIVENESS",
    label: "Method for monitoring effectiveness",
    read: (s) => s.monitoringEffectiveness,
  },
  {
    field: "STEP_POSITIONS_RESPONSIBLE",
    label: "Position/role responsible",
    read: (s) => s.positionsResponsible,
  },
  { field: "STEP_EVIDENCE_LEVEL", label: "Evidence based tier", read: (s) => s.evidenceLevel },
  { field: "STEP_TIMELINE", label: "Timeline for implementation", read: (s) => s.timeline },
  { field: "STEP_PARTNERSHIPS", label: "Partnerships", read: (s) => s.partnerships },
];
const ADD_FIELDS: FieldSpec[] = [
  { field: "NEED_ADD_ACTION_STEP", label: "What the new step does", read: () => "" },
];
const EVIDENCE = [
  { value: "", label: "Not stated" },
  { value: "STRONG", label: "Strong" },
  { value: "MODERATE", label: "Moderate" },
  { value: "PROMISING", label: "Promising" },
  { value: "DEMONSTRATES_A_RATIONALE", label: "Demonstrates a rationale" },
];
const STATUS_COLOR = { APPLIED: "gray", PROPOSED: "yellow", APPROVED: "teal", REJECTED: "red" };

const asText = (v: string | string[] | null | undefined) =>
  Array.isArray(v) ? v.join("\n") : (v ?? "");

type Editing =
  | { kind: "need"; row: Need }
  | { kind: "step"; row: Step }
  | { kind: "add"; row: Need }
  | { kind: "remove"; row: Step };

/**
 * The year's improvement plan as a living document: its needs and action steps edited in place
 * until the director approves it, amended with their approval afterwards, every change kept.
 */
export function PlanPage() {
  const params = useParams();
  const fiscalYear = Number(params.fiscalYear);
  usePageTitle(`Improvement plan, FY${params.fiscalYear ?? ""}`);
  const { data, loading, error } = useQuery(PlanEditDocument, { variables: { fiscalYear } });
  const canEdit = useCan("editImprovementPlan");
  const canApprove = useCan("approveImprovementPlan");
  const [editing, setEditing] = useState<Editing | null>(null);
  const [approve, approving] = useMutation(ApproveImprovementPlanDocument, {
    refetchQueries: [PlanEditDocument],
    awaitRefetchQueries: true,
  });
  if (loading && !data) return <Loader aria-label="Loading the plan" />;
  if (error)
    return (
      <Alert color="red" title="Could not load the plan">
        {error.message}
      </Alert>
    );
  if (!data) return null;
  const plan = data.improvementPlan;
  const header = (
    <Group justify="space-between" align="flex-end">
      <div>
        <Title order={2}>Improvement plan, FY{fiscalYear}</Title>
        <Text size="sm" c="dimmed">
          {plan?.title ?? "No plan imported for this year."}
        </Text>
      </div>
      <FiscalYearSelect years={data.fiscalYears} value={fiscalYear} page="plan" />
    </Group>
  );
  if (!plan) return <Stack>{header}</Stack>;
  const approved = plan.approvedAt !== null && plan.approvedAt !== undefined;
  const approvePlan = async () => {
    const r = await approve({
      variables: { input: { fiscalYear, expectedRevision: plan.revision } },
    });
    const e = r.data?.approveImprovementPlan.userErrors[0];
    notifications.show(
      e
        ? { color: "red", title: "Not approved", message: e.message }
        : { color: "teal", title: "Plan approved", message: `FY${fiscalYear}` },
    );
  };
  return (
    <Stack gap="md">
      {header}
      <Alert color={approved ? "teal" : "blue"} data-testid="plan-approval">
        <Group justify="space-between">
          <Text size="sm">
            {approved
              ? `Approved by ${plan.approvedBy?.replace(/^user:/, "")} on ${plan.approvedAt!.slice(0, 10)}. Changes are amendments that take effect when the federal programs director approves them.`
              : "Not approved yet: changes apply at once, each kept with its reason."}{" "}
            Revision {plan.revision}.
          </Text>
          {!approved && canApprove && (
            <Button size="xs" loading={approving.loading} onClick={() => void approvePlan()}>
              Approve the plan
            </Button>
          )}
        </Group>
      </Alert>
      {plan.needs.map((n) => (
        <Card key={n.id} withBorder>
          <Stack gap="xs">
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Title order={3} size="h4">
                Need {n.number}: {n.description}
              </Title>
              {canEdit && (
                <Group gap="xs" wrap="nowrap">
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => setEditing({ kind: "need", row: n })}
                    aria-label={`Edit need ${n.number}`}
                  >
                    {approved ? "Propose an amendment" : "Edit"}
                  </Button>
                  <Button
                    size="xs"
                    variant="subtle"
                    onClick={() => setEditing({ kind: "add", row: n })}
                    aria-label={`Add an action step to need ${n.number}`}
                  >
                    Add a step
                  </Button>
                </Group>
              )}
            </Group>
            <Text size="sm" fw={600}>
              Root causes
            </Text>
            <List size="sm">
              {n.rootCauses.map((c) => (
                <List.Item key={c}>{c}</List.Item>
              ))}
            </List>
            {n.goal && (
              <Text size="sm">
                <b>Goal:</b> {n.goal}
              </Text>
            )}
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Step</Table.Th>
                  <Table.Th>Action step</Table.Th>
                  <Table.Th>Timeline</Table.Th>
                  {canEdit && <Table.Th aria-label="Actions" />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {n.actionSteps.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>
                      <Anchor component={RouterLink} to={`/plan/${fiscalYear}/steps/${s.label}`}>
                        {s.label}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={3}>
                        {s.description}
                      </Text>
                    </Table.Td>
                    <Table.Td>{s.timeline ?? "—"}</Table.Td>
                    {canEdit && (
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <Button
                            size="xs"
                            variant="subtle"
                            onClick={() => setEditing({ kind: "step", row: s })}
                            aria-label={`Edit action step ${s.label}`}
                          >
                            Edit
                          </Button>
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            onClick={() => setEditing({ kind: "remove", row: s })}
                            aria-label={`Remove action step ${s.label}`}
                          >
                            Remove
                          </Button>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        </Card>
      ))}
      <PlanStructure fiscalYear={fiscalYear} />
      <Amendments rows={data.planAmendments} />
      <Drawer
        opened={editing !== null}
        onClose={() => setEditing(null)}
        position="right"
        size="lg"
        title={
          !editing
            ? ""
            : editing.kind === "need"
              ? `Need ${editing.row.number}`
              : editing.kind === "add"
                ? `A new action step under need ${editing.row.number}`
                : editing.kind === "remove"
                  ? `Remove action step ${editing.row.label}`
                  : `Action step ${editing.row.label}`
        }
      >
        {editing && (
          <EditForm
            key={editing.row.id}
            editing={editing}
            fiscalYear={fiscalYear}
            revision={plan.revision}
            approved={approved}
            onDone={() => setEditing(null)}
          />
        )}
      </Drawer>
    </Stack>
  );
}

function EditForm({
  editing,
  fiscalYear,
  revision,
  approved,
  onDone,
}: {
  editing: Editing;
  fiscalYear: number;
  revision: number;
  approved: boolean;
  onDone: () => void;
}) {
  const specs =
    editing.kind === "need"
      ? NEED_FIELDS
      : editing.kind === "step"
        ? STEP_FIELDS
        : editing.kind === "add"
          ? ADD_FIELDS
          : [];
  const row = editing.row as Need & Step;
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(specs.map((f) => [f.field, asText(f.read(row))])),
  );
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [edit, saving] = useMutation(EditImprovementPlanDocument, {
    refetchQueries: [PlanEditDocument],
    awaitRefetchQueries: true,
  });
  const save = async () => {
    const changes: PlanChangeInput[] =
      editing.kind === "remove"
        ? [{ field: "STEP_REMOVE", targetId: row.id }]
        : editing.kind === "add"
          ? [{ field: "NEED_ADD_ACTION_STEP", targetId: row.id, text: values.NEED_ADD_ACTION_STEP }]
          : fieldChanges();
    if (!changes.length) return setError("Nothing changed.");
    const r = await edit({
      variables: { input: { fiscalYear, reason, changes, expectedRevision: revision } },
    });
    const e = r.data?.editImprovementPlan.userErrors[0];
    if (e) return setError(e.message);
    const a = r.data?.editImprovementPlan.amendment;
    notifications.show({
      color: "teal",
      title: a?.status === "PROPOSED" ? `Amendment ${a.number} proposed` : "Plan changed",
      message:
        a?.status === "PROPOSED"
          ? "It takes effect when the federal programs director approves it."
          : `Change ${a?.number} applied.`,
    });
    onDone();
  };
  const fieldChanges = (): PlanChangeInput[] =>
    specs
      .filter((f) => values[f.field]!.trim() !== asText(f.read(row)).trim())
      .map((f) =>
        f.list
          ? { field: f.field, targetId: row.id, items: values[f.field]!.split("\n") }
          : { field: f.field, targetId: row.id, text: values[f.field] },
      );
  return (
    <Stack gap="sm">
      {editing.kind === "remove" && (
        <Text size="sm">
          {row.description} The step is refused while budget lines, position shares, scenario
          allocations or recorded progress are on it.
        </Text>
      )}
      {specs.map((f) =>
        f.field === "STEP_EVIDENCE_LEVEL" ? (
          <Select
            key={f.field}
            label={f.label}
            data={EVIDENCE}
            value={values[f.field] ?? ""}
            onChange={(v) => setValues({ ...values, [f.field]: v ?? "" })}
            allowDeselect={false}
          />
        ) : (
          <Textarea
            key={f.field}
            label={f.label}
            description={f.list ? "One per line" : undefined}
            value={values[f.field]}
            onChange={(e) => setValues({ ...values, [f.field]: e.currentTarget.value })}
            autosize
            minRows={f.list ? 3 : 1}
          />
        ),
      )}
      <TextInput
        label="Reason for the change"
        required
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
      />
      {error && (
        <Alert color="red" data-testid="plan-edit-error">
          {error}
        </Alert>
      )}
      <Button loading={saving.loading} onClick={() => void save()}>
        {approved
          ? "Propose the amendment"
          : editing.kind === "remove"
            ? "Remove the step"
            : "Save the change"}
      </Button>
    </Stack>
  );
}

function Amendments({ rows }: { rows: Amendment[] }) {
  const canDecide = useCan("decidePlanAmendment");
  const [decide, deciding] = useMutation(DecidePlanAmendmentDocument, {
    refetchQueries: [PlanEditDocument],
    awaitRefetchQueries: true,
  });
  const [notes, setNotes] = useState<Record<string, string>>({});
  const act = async (a: Amendment, approve: boolean) => {
    const r = await decide({
      variables: {
        input: {
          amendmentId: a.id,
          approve,
          note: notes[a.id] || null,
          expectedVersion: a.version,
        },
      },
    });
    const e = r.data?.decidePlanAmendment.userErrors[0];
    notifications.show(
      e
        ? { color: "red", title: `Amendment ${a.number} not decided`, message: e.message }
        : {
            color: "teal",
            title: `Amendment ${a.number} ${approve ? "approved" : "rejected"}`,
            message: a.reason,
          },
    );
  };
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        Changes and amendments
      </Title>
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          No changes since the plan was imported.
        </Text>
      )}
      {rows.map((a) => (
        <Card key={a.id} withBorder data-testid={`amendment-${a.number}`}>
          <Stack gap={6}>
            <Group justify="space-between">
              <Text fw={600}>
                {a.number}. {a.reason}
              </Text>
              <Badge color={STATUS_COLOR[a.status]} variant="light">
                {a.status.toLowerCase()}
              </Badge>
            </Group>
            <Text size="xs">
              {a.status === "PROPOSED" ? "Proposed" : "Made"} by{" "}
              {a.proposedBy.replace(/^user:/, "")} on {a.proposedAt.slice(0, 10)}
              {a.decidedBy && a.status !== "APPLIED"
                ? `; ${a.status.toLowerCase()} by ${a.decidedBy.replace(/^user:/, "")} on ${a.decidedAt?.slice(0, 10)}`
                : ""}
              {a.decisionNote ? `: ${a.decisionNote}` : ""}
            </Text>
            {a.changes.map((c) => (
              <SimpleGrid key={c.section} cols={{ base: 1, sm: 2 }} spacing="xs">
                <div>
                  <Text size="xs" fw={600}>
                    {c.section}: current
                  </Text>
                  <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                    {c.current ?? "(empty)"}
                  </Text>
                </div>
                <div>
                  <Text size="xs" fw={600}>
                    Amended
                  </Text>
                  <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                    {c.amended ?? "(empty)"}
                  </Text>
                </div>
              </SimpleGrid>
            ))}
            {a.status === "PROPOSED" && canDecide && (
              <Group align="flex-end">
                <TextInput
                  label="Note on the decision"
                  size="xs"
                  value={notes[a.id] ?? ""}
                  onChange={(e) => setNotes({ ...notes, [a.id]: e.currentTarget.value })}
                />
                <Button size="xs" loading={deciding.loading} onClick={() => void act(a, true)}>
                  Approve amendment {a.number}
                </Button>
                <Button
                  size="xs"
                  color="red"
                  variant="light"
                  loading={deciding.loading}
                  onClick={() => void act(a, false)}
                >
                  Reject
                </Button>
              </Group>
            )}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

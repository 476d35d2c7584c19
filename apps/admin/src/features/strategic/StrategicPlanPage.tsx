import { useMutation, useQuery } from "@apollo/client/react";
import {
  Accordion,
  Alert,
  Badge,
  Button,
  Group,
  List,
  Loader,
  MultiSelect,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useParams } from "react-router";

import { FiscalYearSelect } from "../../components/FiscalYearSelect";
import {
  SetPriorityObjectivesDocument,
  SetStrategicLinksDocument,
  StrategicPlanScreenDocument,
  type StrategicPlanScreenQuery,
} from "../../graphql/generated";
import { formatUsd } from "../../lib/money";
import { usePageTitle } from "../../lib/year";
import { useCan } from "../auth/session";

type Data = StrategicPlanScreenQuery;
type Plan = NonNullable<Data["strategicPlan"]>;
type Step = NonNullable<Data["improvementPlan"]>["needs"][number]["actionSteps"][number];

/**
 * The strategic plan on screen: goals down to their action steps, the priority objectives its
 * addendum chose, which improvement-plan steps serve each strategic step, and the year's federal
 * budget rolled up to each goal.
 */
export function StrategicPlanPage() {
  const params = useParams();
  const fiscalYear = Number(params.fiscalYear);
  usePageTitle(`Strategic plan, FY${params.fiscalYear ?? ""}`);
  const { data, loading, error } = useQuery(StrategicPlanScreenDocument, {
    variables: { fiscalYear },
  });
  if (loading && !data) return <Loader aria-label="Loading the strategic plan" />;
  if (error)
    return (
      <Alert color="red" title="Could not load the strategic plan">
        {error.message}
      </Alert>
    );
  if (!data) return null;
  const plan = data.strategicPlan;
  const steps = data.improvementPlan?.needs.flatMap((n) => n.actionSteps) ?? [];
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Strategic plan, FY{fiscalYear}</Title>
          <Text size="sm" c="dimmed">
            {plan
              ? `${plan.title}: goals, objectives, initiatives and their steps, and which steps of the FY${fiscalYear} improvement plan serve them.`
              : "The district has no strategic plan."}
          </Text>
        </div>
        <FiscalYearSelect years={data.fiscalYears} value={fiscalYear} page="strategic-plan" />
      </Group>
      {plan && <Priorities plan={plan} />}
      {data.planStructureFunding && (
        <Table striped aria-label="Federal budget by strategic goal" captionSide="top">
          <Table.Caption>
            The FY{fiscalYear} budget by the strategic goal its steps serve (a step serving two
            goals counts under both)
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Strategic goal</Table.Th>
              <Table.Th>Improvement plan steps</Table.Th>
              <Table.Th style={{ textAlign: "right" }}>Budgeted</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.planStructureFunding.byStrategicGoal.map((g) => (
              <Table.Tr key={g.key}>
                <Table.Td>{g.key === "NONE" ? "No strategic link" : g.key}</Table.Td>
                <Table.Td>{g.steps.join(", ")}</Table.Td>
                <Table.Td style={{ textAlign: "right", fontVariantNumeric: "tabular-nums" }}>
                  {formatUsd(g.budgeted)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {plan && <Goals plan={plan} steps={steps} />}
      {plan && steps.length > 0 && <Links plan={plan} steps={steps} />}
    </Stack>
  );
}

function Priorities({ plan }: { plan: Plan }) {
  const canEdit = useCan("setPriorityObjectives");
  const objectives = plan.goals.flatMap((g) => g.objectives);
  const marked = objectives.filter((o) => o.priority).map((o) => o.id);
  const [chosen, setChosen] = useState<string[]>(marked);
  const [save, saving] = useMutation(SetPriorityObjectivesDocument, {
    refetchQueries: [StrategicPlanScreenDocument],
    awaitRefetchQueries: true,
  });
  const submit = async () => {
    const r = await save({
      variables: { input: { objectiveIds: chosen, expectedObjectiveIds: marked } },
    });
    const e = r.data?.setPriorityObjectives.userErrors[0];
    notifications.show(
      e
        ? { color: "red", title: "Priorities not saved", message: e.message }
        : { color: "teal", title: "Priority objectives saved", message: `${chosen.length} marked` },
    );
  };
  return (
    <Alert color="blue" title="Priority objectives" data-testid="priorities">
      <Stack gap="xs">
        <Text size="sm">
          {plan.priorityCount
            ? `The plan's addendum says ${plan.priorityCount} performance objectives were chosen as the district's priorities${plan.prioritiesChosenOn ? ` on ${plan.prioritiesChosenOn}` : ""}. ${marked.length} of ${plan.priorityCount} are marked${marked.length < plan.priorityCount ? "; the text does not name the rest, so mark them here" : ""}.`
            : `${marked.length} performance objectives are marked as priorities.`}
        </Text>
        {canEdit && (
          <Group align="flex-end">
            <MultiSelect
              label="Priority objectives"
              data={objectives.map((o) => ({
                value: o.id,
                label: `${o.code} ${o.description.slice(0, 70)}`,
              }))}
              value={chosen}
              onChange={setChosen}
              maxValues={plan.priorityCount ?? undefined}
              searchable
              style={{ flex: 1 }}
            />
            <Button loading={saving.loading} onClick={() => void submit()}>
              Save priorities
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}

function Goals({ plan, steps }: { plan: Plan; steps: Step[] }) {
  const servedBy = (strategicId: string) =>
    steps
      .filter((s) => s.strategicActionSteps.some((x) => x.id === strategicId))
      .map((s) => s.label);
  return (
    <Accordion multiple variant="separated">
      {plan.goals.map((g) => (
        <Accordion.Item key={g.id} value={g.id}>
          <Accordion.Control>
            Goal {g.number}: {g.title}
          </Accordion.Control>
          <Accordion.Panel>
            <Text size="sm" mb="xs">
              {g.description}
            </Text>
            {g.objectives.map((o) => (
              <Stack key={o.id} gap={4} mb="sm">
                <Group gap="xs">
                  <Text size="sm" fw={600}>
                    {o.code} {o.description}
                  </Text>
                  {o.priority && (
                    <Badge color="grape" variant="light">
                      Priority
                    </Badge>
                  )}
                </Group>
                {o.initiatives.map((i) => (
                  <div key={i.id}>
                    <Text size="sm">
                      Initiative {i.code}: {i.description}
                    </Text>
                    <List size="sm" withPadding>
                      {i.actionSteps.map((s) => {
                        const served = servedBy(s.id);
                        return (
                          <List.Item key={s.id}>
                            {s.code} {s.description}
                            {served.length > 0 && (
                              <Text span size="sm" fw={600}>
                                {" "}
                                (served by improvement plan step {served.join(", ")})
                              </Text>
                            )}
                          </List.Item>
                        );
                      })}
                    </List>
                  </div>
                ))}
              </Stack>
            ))}
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}

function Links({ plan, steps }: { plan: Plan; steps: Step[] }) {
  const canEdit = useCan("setStrategicLinks");
  const options = plan.goals.flatMap((g) =>
    g.objectives.flatMap((o) =>
      o.initiatives.flatMap((i) =>
        i.actionSteps.map((s) => ({
          value: s.id,
          label: `${s.code} ${s.description.slice(0, 60)}`,
        })),
      ),
    ),
  );
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        Which strategic steps each improvement plan step serves
      </Title>
      <Table striped aria-label="Strategic links">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Step</Table.Th>
            <Table.Th>Strategic plan steps</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {steps.map((s) => (
            <Table.Tr key={s.id} data-testid={`links-${s.label}`}>
              <Table.Td>{s.label}</Table.Td>
              <Table.Td>
                {canEdit ? (
                  <LinkEditor step={s} options={options} />
                ) : (
                  s.strategicActionSteps.map((x) => x.code).join(", ") || "None"
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function LinkEditor({
  step,
  options,
}: {
  step: Step;
  options: { value: string; label: string }[];
}) {
  const current = step.strategicActionSteps.map((x) => x.id);
  const [chosen, setChosen] = useState<string[]>(current);
  const [save, saving] = useMutation(SetStrategicLinksDocument, {
    refetchQueries: [StrategicPlanScreenDocument],
    awaitRefetchQueries: true,
  });
  const changed = chosen.length !== current.length || chosen.some((c) => !current.includes(c));
  const submit = async () => {
    const r = await save({
      variables: {
        input: {
          actionStepId: step.id,
          strategicActionStepIds: chosen,
          expectedStrategicActionStepIds: current,
        },
      },
    });
    const e = r.data?.setStrategicLinks.userErrors[0];
    notifications.show(
      e
        ? { color: "red", title: `Links of ${step.label} not saved`, message: e.message }
        : {
            color: "teal",
            title: `Links of ${step.label} saved`,
            message: `${chosen.length} linked`,
          },
    );
  };
  return (
    <Group align="flex-end" wrap="nowrap">
      <MultiSelect
        aria-label={`Strategic steps served by ${step.label}`}
        data={options}
        value={chosen}
        onChange={setChosen}
        searchable
        style={{ flex: 1 }}
      />
      <Button size="xs" disabled={!changed} loading={saving.loading} onClick={() => void submit()}>
        Save
      </Button>
    </Group>
  );
}

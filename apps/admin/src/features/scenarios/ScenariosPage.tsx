import { useQuery } from "@apollo/client/react";
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Loader,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";

import { FiscalYearSelect } from "../../components/FiscalYearSelect";
import { ScenariosDocument } from "../../graphql/generated";
import { usePageTitle } from "../../lib/year";
import { useCan } from "../auth/session";
import { useNewScenario } from "./useNewScenario";

export const STATUS_COLORS: Record<string, string> = {
  DRAFT: "gray",
  SUBMITTED: "blue",
  APPROVED: "teal",
  SUPERSEDED: "dark",
};

/** A year's scenarios: status, failures, who approved; start a new one; pick two to compare. */
export function ScenariosPage() {
  const params = useParams();
  usePageTitle(`Scenarios, FY${params.fiscalYear ?? ""}`);
  const navigate = useNavigate();
  const fiscalYear = Number(params.fiscalYear);
  const { data, loading, error } = useQuery(ScenariosDocument, { variables: { fiscalYear } });
  const canCreate = useCan("createScenario");
  const [picked, setPicked] = useState<string[]>([]);
  const { form, submit, creating } = useNewScenario(fiscalYear);
  if (loading && !data) return <Loader aria-label="Loading scenarios" />;
  if (error)
    return (
      <Alert color="red" title="Could not load the scenarios">
        {error.message}
      </Alert>
    );
  const scenarios = data?.scenarios ?? [];
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Scenarios, FY{fiscalYear}</Title>
          <Text size="sm" c="dimmed">
            Budget scenarios for the year. The approved one is the adopted budget.
          </Text>
        </div>
        <FiscalYearSelect years={data?.fiscalYears ?? []} value={fiscalYear} page="scenarios" />
      </Group>
      {canCreate && (
        <Paper withBorder p="md">
          <form onSubmit={submit} noValidate aria-label="New scenario">
            <Group align="flex-start" gap="sm">
              <TextInput
                label="Name"
                w={260}
                placeholder="FY2022 with EL weight"
                {...form.getInputProps("name")}
              />
              <Select
                label="Start from"
                w={220}
                allowDeselect={false}
                data={[
                  { value: "EMPTY", label: "Statutory defaults" },
                  { value: "ADOPTED", label: "The adopted budget" },
                  { value: "SCENARIO", label: "A copy of a scenario" },
                ]}
                {...form.getInputProps("source")}
              />
              {form.values.source === "SCENARIO" && (
                <Select
                  label="Scenario to copy"
                  w={240}
                  data={scenarios.map((s) => ({ value: s.id, label: s.name }))}
                  {...form.getInputProps("sourceScenarioId")}
                />
              )}
              <Button type="submit" mt={25} loading={creating}>
                New scenario
              </Button>
            </Group>
          </form>
        </Paper>
      )}
      {scenarios.length === 0 ? (
        <Alert title="No scenarios yet">
          {canCreate ? "Create one above." : "A finance analyst creates them."}
        </Alert>
      ) : (
        <>
          <Table.ScrollContainer minWidth={640}>
            <Table highlightOnHover withTableBorder fz="sm" aria-label="Scenarios">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={40}>Compare</Table.Th>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Last run</Table.Th>
                  <Table.Th>Rules failing / not checked</Table.Th>
                  <Table.Th>Approved</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {scenarios.map((s) => (
                  <Table.Tr key={s.id} data-testid={`scenario-${s.name}`}>
                    <Table.Td>
                      <Checkbox
                        aria-label={`Compare ${s.name}`}
                        checked={picked.includes(s.id)}
                        onChange={(e) =>
                          setPicked((p) =>
                            e.currentTarget.checked
                              ? [...p, s.id].slice(-2)
                              : p.filter((x) => x !== s.id),
                          )
                        }
                      />
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/scenarios/view/${encodeURIComponent(s.id)}`}>
                        {s.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Badge
                        color={s.sentBack ? "orange" : STATUS_COLORS[s.status]}
                        variant="light"
                      >
                        {s.sentBack ? "sent back" : s.status.toLowerCase()}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {s.lastRunAt ? new Date(s.lastRunAt).toLocaleString("en-US") : "not run"}
                      {s.stale && s.lastRunAt ? " (out of date)" : ""}
                    </Table.Td>
                    <Table.Td>
                      {s.result ? (
                        <>
                          {s.result.failures ? (
                            <Badge color="red">{s.result.failures} failing</Badge>
                          ) : (
                            "none failing"
                          )}
                          {s.result.notChecked ? (
                            <Badge color="indigo" ml={4}>
                              {s.result.notChecked} not checked
                            </Badge>
                          ) : null}
                        </>
                      ) : (
                        "—"
                      )}
                    </Table.Td>
                    <Table.Td>
                      {s.approvedByName
                        ? `${s.approvedByName}, ${new Date(s.approvedAt ?? "").toLocaleDateString("en-US")}`
                        : ""}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group>
            <Button
              variant="default"
              disabled={picked.length !== 2}
              onClick={() =>
                void navigate(
                  `/scenarios/compare?a=${encodeURIComponent(picked[0]!)}&b=${encodeURIComponent(picked[1]!)}`,
                )
              }
            >
              Compare the two chosen
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}

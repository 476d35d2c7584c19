import { useQuery } from "@apollo/client/react";
import { Anchor, Badge, Group, Loader, Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import { Link } from "react-router";

import { PlanNeedsDocument } from "../../graphql/generated";
import { GoalMeasure } from "./GoalMeasure";

/** The plan's overarching needs with every field, each linking to its action steps. */
export function NeedsPanel({ fiscalYear }: { fiscalYear: number }) {
  const { data, loading } = useQuery(PlanNeedsDocument, { variables: { fiscalYear } });
  if (loading && !data) return <Loader size="sm" aria-label="Loading the needs" />;
  const needs = data?.improvementPlan?.needs ?? [];
  if (needs.length === 0) return null;
  return (
    <SimpleGrid
      cols={{ base: 1, md: 2 }}
      spacing="sm"
      component="section"
      aria-label="Overarching needs"
    >
      {needs.map((n) => (
        <Paper withBorder p="sm" key={n.id} data-testid={`need-${n.number}`}>
          <Stack gap={4}>
            <Text fw={600} size="sm">
              Need {n.number}: {n.description}
            </Text>
            {n.goal && (
              <Text size="xs">
                <b>Goal:</b> {n.goal}
              </Text>
            )}
            {n.goalMeasure && <GoalMeasure needId={n.id} goal={n.goalMeasure} />}
            {n.isEquityGap !== null && (
              <Text size="xs">
                <b>Equity gap:</b> {n.isEquityGap ? (n.equityGap ?? "yes") : "no"}
              </Text>
            )}
            {n.rootCauses.length > 0 && (
              <Text size="xs">
                <b>Root causes:</b> {n.rootCauses.join("; ")}
              </Text>
            )}
            <Text size="xs">
              <b>Content areas:</b> {n.contentAreas.join(", ") || "—"} · <b>Grades:</b>{" "}
              {n.gradeSpans.join(", ") || "—"}
            </Text>
            {n.subgroups.length > 0 && (
              <Text size="xs">
                <b>Subgroups:</b> {n.subgroups.join(", ")}
              </Text>
            )}
            <Group gap={4}>
              <Text size="xs" fw={700}>
                Action steps:
              </Text>
              {n.actionSteps.map((s) => (
                <Badge
                  key={s.id}
                  variant="light"
                  size="sm"
                  component={Link}
                  to={`/plan/${fiscalYear}/steps/${s.label}`}
                  style={{ cursor: "pointer" }}
                >
                  {s.label}
                </Badge>
              ))}
            </Group>
          </Stack>
        </Paper>
      ))}
      <Anchor component={Link} to={`/dashboard/${fiscalYear}`} size="xs">
        Back to the dashboard
      </Anchor>
    </SimpleGrid>
  );
}

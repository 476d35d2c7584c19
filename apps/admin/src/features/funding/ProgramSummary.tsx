import { Card, Group, Progress, SimpleGrid, Text, Tooltip } from "@mantine/core";

import type { FundingByActionStepQuery } from "../../graphql/generated";
import { formatUsd, percentOf, PROGRAM_SHORT_NAMES } from "../../lib/money";

type Funding = NonNullable<FundingByActionStepQuery["fundingByActionStep"]>;

interface Props {
  programs: Funding["programs"];
  total: string;
  totalAward: string;
  totalRemaining: string;
}

/** One card per program: its award, what is budgeted to action steps and what remains. */
export function ProgramSummary({ programs, total, totalAward, totalRemaining }: Props) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing={6} verticalSpacing={6}>
      <Card withBorder padding={8}>
        <Text size="xs" fw={700} tt="uppercase" c="dimmed">
          All programs
        </Text>
        <Group justify="space-between" gap={4}>
          <Text size="sm" fw={700}>
            {formatUsd(totalAward)}
          </Text>
          <Text size="xs" c="dimmed">
            {formatUsd(totalRemaining)} left
          </Text>
        </Group>
        <Progress
          value={percentOf(total, totalAward)}
          size="xs"
          mt={4}
          aria-label="Share budgeted, all programs"
        />
      </Card>
      {programs.map((p) => (
        <Tooltip
          key={p.fundingSource.id}
          label={`${p.fundingSource.name} · ${p.fundingSource.statute}`}
          multiline
          w={260}
        >
          <Card withBorder padding={8} data-testid={`program-${p.fundingSource.code}`}>
            <Text size="xs" fw={700} tt="uppercase" c="dimmed">
              {PROGRAM_SHORT_NAMES[p.fundingSource.code] ?? p.fundingSource.name}
            </Text>
            <Group justify="space-between" gap={4}>
              <Text size="sm" fw={700}>
                {formatUsd(p.award)}
              </Text>
              <Text size="xs" c={p.remaining.startsWith("-") ? "red" : "dimmed"}>
                {formatUsd(p.remaining)} left
              </Text>
            </Group>
            <Progress
              value={percentOf(p.budgeted, p.award)}
              size="xs"
              mt={4}
              aria-label={`Share of ${p.fundingSource.name} budgeted`}
            />
          </Card>
        </Tooltip>
      ))}
    </SimpleGrid>
  );
}

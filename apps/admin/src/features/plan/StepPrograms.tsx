import { useMutation } from "@apollo/client/react";
import { Alert, Button, Group, MultiSelect } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";

import { PROGRAM_CODES } from "@allot/engine";

import {
  ActionStepFundingDocument,
  SetActionStepProgramsDocument,
  StepBudgetLinesDocument,
  type ProgramCode,
} from "../../graphql/generated";
import { PROGRAM_SHORT_NAMES } from "../../lib/money";

/**
 * The programs the plan allows to pay for a step, edited by the director. Removing one that the
 * step's lines or position shares still use is refused with them named.
 */
export function StepPrograms({ stepId, programs }: { stepId: string; programs: string[] }) {
  const [value, setValue] = useState<string[]>(programs);
  const [error, setError] = useState<string | null>(null);
  const [save, saving] = useMutation(SetActionStepProgramsDocument, {
    refetchQueries: [ActionStepFundingDocument, StepBudgetLinesDocument],
    awaitRefetchQueries: true,
  });
  const submit = async () => {
    const { data } = await save({
      variables: {
        input: {
          actionStepId: stepId,
          programs: value as ProgramCode[],
          expectedPrograms: programs as ProgramCode[],
        },
      },
    });
    const e = data?.setActionStepPrograms.userErrors[0];
    setError(e?.message ?? null);
    if (!e)
      notifications.show({ color: "teal", title: "Programs saved", message: value.join(", ") });
  };
  return (
    <>
      <Group align="flex-end" gap="xs">
        <MultiSelect
          label="Programs that may pay for this step"
          w={520}
          data={PROGRAM_CODES.map((c) => ({ value: c, label: PROGRAM_SHORT_NAMES[c] ?? c }))}
          value={value}
          onChange={setValue}
        />
        <Button size="xs" mb={4} loading={saving.loading} onClick={() => void submit()}>
          Save programs
        </Button>
      </Group>
      {error && (
        <Alert color="red" title="Not saved" data-testid="step-programs-error">
          {error}
        </Alert>
      )}
    </>
  );
}

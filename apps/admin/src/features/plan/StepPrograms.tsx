import { useMutation } from "@apollo/client/react";
import { Alert, Button, Group, MultiSelect, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";

import { PROGRAM_CODES } from "@allot/engine";

import {
  ActionStepFundingDocument,
  EditImprovementPlanDocument,
  SetActionStepProgramsDocument,
  StepBudgetLinesDocument,
  type ProgramCode,
} from "../../graphql/generated";
import { PROGRAM_SHORT_NAMES } from "../../lib/money";

/**
 * The programs the plan allows to pay for a step, edited by the director; once the plan is
 * approved, proposed as an amendment with a reason. Removing one that the step's lines or
 * position shares still use is refused with them named.
 */
export function StepPrograms({
  stepId,
  programs,
  fiscalYear,
  approvedPlan,
}: {
  stepId: string;
  programs: string[];
  fiscalYear: number;
  approvedPlan: { revision: number } | null;
}) {
  const [value, setValue] = useState<string[]>(programs);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [save, saving] = useMutation(SetActionStepProgramsDocument, {
    refetchQueries: [ActionStepFundingDocument, StepBudgetLinesDocument],
    awaitRefetchQueries: true,
  });
  const [propose, proposing] = useMutation(EditImprovementPlanDocument, {
    refetchQueries: [ActionStepFundingDocument],
    awaitRefetchQueries: true,
  });
  const submitAmendment = async (plan: { revision: number }) => {
    const { data } = await propose({
      variables: {
        input: {
          fiscalYear,
          reason,
          expectedRevision: plan.revision,
          changes: [{ field: "STEP_PROGRAMS", targetId: stepId, items: value }],
        },
      },
    });
    const e = data?.editImprovementPlan.userErrors[0];
    setError(e?.message ?? null);
    if (!e)
      notifications.show({
        color: "teal",
        title: `Amendment ${data?.editImprovementPlan.amendment?.number} proposed`,
        message: "The programs change when the federal programs director approves it.",
      });
  };
  const submit = async () => {
    if (approvedPlan) return submitAmendment(approvedPlan);
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
        {approvedPlan && (
          <TextInput
            label="Reason for the amendment"
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
        )}
        <Button
          size="xs"
          mb={4}
          loading={saving.loading || proposing.loading}
          onClick={() => void submit()}
        >
          {approvedPlan ? "Propose the programs" : "Save programs"}
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

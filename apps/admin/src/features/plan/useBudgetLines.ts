import { useMutation } from "@apollo/client/react";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";

import { TYPED_BUDGET_LINE_FIELDS } from "@allot/engine/inputs";

import {
  ActionStepFundingDocument,
  CreateBudgetLineDocument,
  DeleteBudgetLineDocument,
  StepBudgetLinesDocument,
  UpdateBudgetLineDocument,
  type BudgetUse,
  type IdeaSubgrant,
  type ProgramCode,
  type StepBudgetLinesQuery,
} from "../../graphql/generated";
import { schemaErrors } from "../../lib/form";
import { formatUsd, moneyInput, PROGRAM_SHORT_NAMES } from "../../lib/money";

type Line = StepBudgetLinesQuery["budgetLines"]["nodes"][number];

/** The form's fields a server error may name; any other goes under the amount. */
const FORM_FIELDS = new Set([
  "program",
  "description",
  "accountCode",
  "functionCode",
  "objectCode",
  "use",
  "subgrant",
]);

// After a write, the step's funding and its lines are read again so every total moves at once.
const REFETCH = {
  refetchQueries: [ActionStepFundingDocument, StepBudgetLinesDocument],
  awaitRefetchQueries: true,
};

/**
 * The form that budgets a new line on an action step, checked by the engine's budget-line schema
 * (the API's own) before it is sent; the server's refusals show under the field they name.
 */
export function useNewBudgetLine(
  fiscalYear: number,
  step: { id: string; label: string } | undefined,
  /** A school leader's school: their lines are drafts there. */
  schoolId: string | null = null,
) {
  const [create, creating] = useMutation(CreateBudgetLineDocument, REFETCH);
  const form = useForm({
    mode: "controlled",
    // No program chosen is null (a Select shows nothing for it; "" could leave the last label shown).
    initialValues: {
      program: null as string | null,
      amount: "",
      description: "",
      accountCode: "",
      functionCode: null as string | null,
      objectCode: null as string | null,
      use: null as string | null,
      subgrant: null as string | null,
    },
    validate: (values) => schemaErrors(TYPED_BUDGET_LINE_FIELDS, values),
  });

  const submit = form.onSubmit(async (v) => {
    if (!step) return;
    const { data } = await create({
      variables: {
        input: {
          fiscalYear,
          actionStepId: step.id,
          schoolId,
          program: v.program! as ProgramCode,
          amount: moneyInput(v.amount)!,
          description: v.description.trim(),
          accountCode: v.accountCode.trim() || null,
          functionCode: v.functionCode,
          objectCode: v.objectCode,
          use: v.use as BudgetUse | null,
          subgrant: v.program === "IDEA_B" ? (v.subgrant as IdeaSubgrant | null) : null,
        },
      },
    });
    const errors = data?.createBudgetLine.userErrors ?? [];
    if (errors.length) {
      // The server names the field; show each error under it.
      for (const e of errors) {
        const field = e.field.at(-1);
        form.setFieldError(field && FORM_FIELDS.has(field) ? field : "amount", e.message);
      }
      return;
    }
    notifications.show({
      color: "teal",
      title: schoolId ? "Draft line added" : "Budget line added",
      message: `${formatUsd(moneyInput(v.amount)!)} of ${PROGRAM_SHORT_NAMES[v.program!] ?? v.program} for action step ${step.label}.`,
    });
    // The program stays chosen (the next line is often for the same one); the rest is cleared.
    form.setValues({ amount: "", description: "", accountCode: "", use: null });
    form.resetDirty();
  });

  return { form, submit, creating: creating.loading };
}

/** A budget line's amount changed in place (with the version check), or the line deleted. */
export function useBudgetLineEdit(line: Line) {
  const [editing, setEditing] = useState(false);
  const [amount, setAmount] = useState(line.amount);
  const [error, setError] = useState<string | null>(null);
  const [update, updating] = useMutation(UpdateBudgetLineDocument, REFETCH);
  const [remove, removing] = useMutation(DeleteBudgetLineDocument, REFETCH);

  const save = async () => {
    // Only the amount changes here: check it alone, by the line schema's own rule.
    const problem = schemaErrors(TYPED_BUDGET_LINE_FIELDS.pick({ amount: true }), {
      amount,
    }).amount;
    if (problem) return setError(problem);
    const value = moneyInput(amount)!;
    const { data } = await update({
      variables: { input: { id: line.id, expectedVersion: line.version, amount: value } },
    });
    const e = data?.updateBudgetLine.userErrors[0];
    if (e) return setError(e.message);
    setError(null);
    setEditing(false);
    notifications.show({
      color: "teal",
      title: "Budget line changed",
      message: `Now ${formatUsd(value)}.`,
    });
  };
  const cancel = () => {
    setEditing(false);
    setAmount(line.amount);
    setError(null);
  };
  const drop = async () => {
    if (!window.confirm(`Delete "${line.description}" (${formatUsd(line.amount)})?`)) return;
    const { data } = await remove({
      variables: { input: { id: line.id, expectedVersion: line.version } },
    });
    const e = data?.deleteBudgetLine.userErrors[0];
    notifications.show(
      e
        ? { color: "red", title: "Not deleted", message: e.message }
        : { color: "teal", title: "Budget line deleted", message: line.description },
    );
  };

  return {
    editing,
    setEditing,
    amount,
    setAmount,
    error,
    save,
    cancel,
    drop,
    busy: { updating: updating.loading, removing: removing.loading },
  };
}

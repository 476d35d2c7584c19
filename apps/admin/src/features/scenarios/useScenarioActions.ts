import { useMutation } from "@apollo/client/react";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useEffect, useState } from "react";

import {
  ApproveScenarioDocument,
  RejectScenarioDocument,
  RunScenarioDocument,
  SubmitScenarioDocument,
  UpdateScenarioDocument,
  type ScenarioDetailFragment,
} from "../../graphql/generated";
import { formFieldOf, parameterErrors, toForm, toInput, type ParameterForm } from "./parameters";

/**
 * A scenario's parameter form and what can be done to the scenario (save, run, submit, approve,
 * send back), with the server's refusals shown at their fields and in a notification. The screen
 * that uses it only lays things out.
 */
export function useScenarioActions(s: ScenarioDetailFragment) {
  const [update, updating] = useMutation(UpdateScenarioDocument);
  const [run, running] = useMutation(RunScenarioDocument);
  const [submitFor, submitting] = useMutation(SubmitScenarioDocument);
  const [approve, approving] = useMutation(ApproveScenarioDocument);
  const [reject, rejecting] = useMutation(RejectScenarioDocument);
  const [rejectOpen, setRejectOpen] = useState(false);
  const [approveOpen, setApproveOpen] = useState(false);
  const [comment, setComment] = useState("");
  const [commentError, setCommentError] = useState<string | null>(null);
  const form = useForm<ParameterForm>({
    mode: "controlled",
    initialValues: toForm(s.parameters),
    validate: (values) => parameterErrors(values, s.parameters),
  });
  useEffect(() => {
    // A new version from the server (after a save, run or review) resets what the form shows.
    form.setValues(toForm(s.parameters));
    form.resetDirty();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [s.version]);

  const report = (
    title: string,
    errors: { field: string[]; message: string }[] | undefined,
    ok: string,
  ) => {
    if (errors?.length) {
      for (const e of errors) {
        const field = formFieldOf(e.field);
        if (field) form.setFieldError(field, e.message);
      }
      notifications.show({ color: "red", title, message: errors.map((e) => e.message).join(" ") });
      return false;
    }
    notifications.show({ color: "teal", title: ok, message: s.name });
    return true;
  };

  const runAgain = async (expectedVersion = s.version) => {
    const ran = await run({ variables: { input: { id: s.id, expectedVersion } } });
    report("Not run", ran.data?.runScenario.userErrors, "Scenario run");
  };
  const save = async (andRun: boolean) => {
    if (form.validate().hasErrors) return;
    const { data } = await update({
      variables: {
        input: {
          id: s.id,
          expectedVersion: s.version,
          parameters: toInput(form.values, s.parameters),
        },
      },
    });
    if (!report("Not saved", data?.updateScenario.userErrors, "Parameters saved") || !andRun)
      return;
    await runAgain(data!.updateScenario.scenario!.version);
  };
  const act = async (what: "submit" | "approve") => {
    const input = { variables: { input: { id: s.id, expectedVersion: s.version } } };
    const errors =
      what === "submit"
        ? (await submitFor(input)).data?.submitScenario.userErrors
        : (await approve(input)).data?.approveScenario.userErrors;
    report(
      what === "submit" ? "Not submitted" : "Not approved",
      errors,
      what === "submit" ? "Submitted for approval" : "Approved: now the adopted budget",
    );
    setApproveOpen(false);
  };
  const sendBack = async () => {
    const { data } = await reject({
      variables: { input: { id: s.id, expectedVersion: s.version, comment } },
    });
    const e = data?.rejectScenario.userErrors[0];
    if (e) return setCommentError(e.message);
    setRejectOpen(false);
    setComment("");
    notifications.show({ color: "orange", title: "Sent back to draft", message: comment });
  };

  return {
    form,
    save,
    runAgain,
    act,
    sendBack,
    busy: {
      updating: updating.loading,
      running: running.loading,
      submitting: submitting.loading,
      approving: approving.loading,
      rejecting: rejecting.loading,
    },
    approveOpen,
    setApproveOpen,
    rejectOpen,
    setRejectOpen,
    comment,
    setComment,
    commentError,
  };
}

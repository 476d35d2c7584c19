import { useMutation } from "@apollo/client/react";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useNavigate } from "react-router";

import { NEW_SCENARIO_FIELDS } from "@allot/engine/inputs";

import {
  CreateScenarioDocument,
  ScenariosDocument,
  type ScenarioSource,
} from "../../graphql/generated";
import { schemaErrors } from "../../lib/form";

/** The form that starts a scenario for a year, checked as the API checks it; opens the new draft. */
export function useNewScenario(fiscalYear: number) {
  const navigate = useNavigate();
  const [create, creating] = useMutation(CreateScenarioDocument, {
    refetchQueries: [ScenariosDocument],
  });
  const form = useForm({
    mode: "controlled",
    initialValues: { name: "", source: "EMPTY" as ScenarioSource, sourceScenarioId: "" },
    // The API's own checks (engine NEW_SCENARIO_FIELDS).
    validate: (v) => schemaErrors(NEW_SCENARIO_FIELDS, v),
  });

  const submit = form.onSubmit(async (v) => {
    const { data: r } = await create({
      variables: {
        input: {
          fiscalYear,
          name: v.name.trim(),
          source: v.source,
          sourceScenarioId: v.source === "SCENARIO" ? v.sourceScenarioId : null,
        },
      },
    });
    const e = r?.createScenario.userErrors ?? [];
    if (e.length) {
      for (const x of e)
        form.setFieldError(
          x.field.at(-1) === "sourceScenarioId"
            ? "sourceScenarioId"
            : x.field.at(-1) === "source"
              ? "source"
              : "name",
          x.message,
        );
      return;
    }
    notifications.show({
      color: "teal",
      title: "Scenario created",
      message: `"${v.name.trim()}" is a draft: set its parameters and run it.`,
    });
    void navigate(`/scenarios/view/${encodeURIComponent(r!.createScenario.scenario!.id)}`);
  });
  return { form, submit, creating: creating.loading };
}

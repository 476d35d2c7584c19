import { useMutation } from "@apollo/client/react";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";

import { API_TOKEN_FIELDS } from "@allot/engine/inputs";

import {
  ApiTokensDocument,
  CreateApiTokenDocument,
  RevokeApiTokenDocument,
  type Role,
  type TokenScope,
} from "../../graphql/generated";
import { schemaErrors } from "../../lib/form";

/**
 * Creating a token (its secret kept to show once) and revoking one, with the form checked as the
 * API checks it; the screen only lays them out.
 */
export function useTokenActions() {
  const [secret, setSecret] = useState<{ name: string; token: string } | null>(null);
  const [create, creating] = useMutation(CreateApiTokenDocument, {
    refetchQueries: [ApiTokensDocument],
  });
  const [revoke] = useMutation(RevokeApiTokenDocument);
  const form = useForm({
    mode: "controlled",
    initialValues: {
      name: "",
      role: "VIEWER" as Role,
      scope: "READ" as TokenScope,
      expiresInDays: 90 as number | string,
      schoolId: null as string | null,
    },
    // The API's own checks (engine API_TOKEN_FIELDS), on what would be sent.
    validate: (v) =>
      schemaErrors(API_TOKEN_FIELDS, {
        ...v,
        expiresInDays: v.expiresInDays === "" ? Number.NaN : Number(v.expiresInDays),
        schoolId: v.role === "SCHOOL_LEADER" ? v.schoolId : null,
      }),
  });

  const submit = form.onSubmit(async ({ schoolId, ...values }) => {
    const input = {
      ...values,
      name: values.name.trim(),
      expiresInDays: Number(values.expiresInDays),
      schoolId: values.role === "SCHOOL_LEADER" ? schoolId : null,
    };
    const { data: result } = await create({ variables: { input } });
    const problems = result?.createApiToken.userErrors ?? [];
    if (problems.length) {
      for (const p of problems) form.setFieldError(p.field.at(-1) ?? "name", p.message);
      return;
    }
    setSecret({ name: values.name.trim(), token: result!.createApiToken.token! });
    notifications.show({
      color: "teal",
      title: "Token created",
      message: `"${values.name.trim()}" is ready. Copy it now: it is shown only once.`,
    });
    form.reset();
  });

  const revokeToken = async (id: string, name: string) => {
    if (!window.confirm(`Revoke "${name}"? Systems using it stop working at once.`)) return;
    const { data: result } = await revoke({ variables: { input: { id } } });
    const problem = result?.revokeApiToken.userErrors[0];
    notifications.show(
      problem
        ? { color: "red", title: "Not revoked", message: problem.message }
        : { color: "teal", title: "Token revoked", message: `"${name}" no longer works.` },
    );
  };

  return { form, submit, creating: creating.loading, revokeToken, secret, setSecret };
}

import { useMutation, useQuery } from "@apollo/client/react";
import {
  Alert,
  Button,
  Center,
  Divider,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { isEmail, isNotEmpty, useForm } from "@mantine/form";
import { Navigate, useNavigate, useSearchParams } from "react-router";

import { MeDocument, SignInDocument, SignInOptionsDocument } from "../../graphql/generated";
import { usePageTitle } from "../../lib/year";

/** Email and password. Errors from the server land on the field they name. */
export function SignInPage() {
  usePageTitle("Sign in");
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = params.get("next")?.startsWith("/") ? params.get("next")! : "/";
  const form = useForm({
    mode: "controlled",
    initialValues: { email: "", password: "" },
    validate: {
      email: isEmail("Enter your email address"),
      password: isNotEmpty("Enter your password"),
    },
  });
  const options = useQuery(SignInOptionsDocument).data?.signInOptions;
  const me = useQuery(MeDocument);
  const ssoError = params.get("error");
  // The answer names who signed in: written where every page asks "who is signed in?", so the page
  // asked for (a bookmark, a link in an email) opens at once instead of finding the old answer.
  const [signIn, { loading, error }] = useMutation(SignInDocument, {
    update(cache, { data }) {
      const viewer = data?.signIn.viewer;
      if (viewer) cache.writeQuery({ query: MeDocument, data: { me: viewer } });
    },
  });

  const submit = form.onSubmit(async (values) => {
    const { data } = await signIn({ variables: { input: values } });
    const problems = data?.signIn.userErrors ?? [];
    if (problems.length) {
      for (const p of problems)
        form.setFieldError(p.field.at(-1) === "email" ? "email" : "password", p.message);
      return;
    }
    void navigate(next, { replace: true });
  });

  // Already signed in (a second tab, the back button): go on to the page asked for.
  if (me.data?.me) return <Navigate to={next} replace />;

  return (
    <Center h="100vh" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w={380} component="main">
        <form onSubmit={submit} noValidate>
          <Stack>
            <div>
              <Title order={1} size="h2" c="teal.8">
                Allot
              </Title>
              <Text size="sm" c="dimmed">
                Sign in to plan your district's federal funds.
              </Text>
            </div>
            {error && (
              <Alert color="red" title="Could not sign in">
                {error.message}
              </Alert>
            )}
            {ssoError && (
              <Alert color="red" title="Single sign-on did not work">
                {ssoError}
              </Alert>
            )}
            {options?.singleSignOnUrl && (
              <>
                <Button component="a" href={options.singleSignOnUrl} variant="default">
                  {options.singleSignOnLabel}
                </Button>
                <Divider label="or with your email and password" labelPosition="center" />
              </>
            )}
            <TextInput
              label="Email"
              type="email"
              autoComplete="username"
              autoFocus
              {...form.getInputProps("email")}
            />
            <PasswordInput
              label="Password"
              autoComplete="current-password"
              {...form.getInputProps("password")}
            />
            <Button type="submit" loading={loading}>
              Sign in
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}

import { Alert, AppShell, Button, Group, Loader, NavLink, Text, Title } from "@mantine/core";
import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { Navigate, NavLink as RouterLink, Outlet, useLocation, useNavigate } from "react-router";
import { FiscalYearsDocument, SignOutDocument } from "./graphql/generated";
import { ROLE_NAMES, useCan, useViewer } from "./features/auth/session";
import { importsFor } from "./features/imports/kinds";

export function Layout() {
  const { pathname } = useLocation();
  const viewer = useViewer();
  const canManageTokens = useCan("createApiToken");
  const canImport = importsFor(viewer.allowedMutations).length > 0;
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut, { loading }] = useMutation(SignOutDocument);
  const leave = async () => {
    await signOut();
    await client.clearStore();
    void navigate("/sign-in", { replace: true });
  };
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 180, breakpoint: "sm" }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="xs">
            <Title order={1} size="h3" c="teal.8">
              Allot
            </Title>
            <Text size="sm" c="dimmed">
              federal programs by improvement-plan action step
            </Text>
          </Group>
          <Group gap="sm">
            <Text size="sm" data-testid="viewer">
              {viewer.name} · {ROLE_NAMES[viewer.role] ?? viewer.role}
            </Text>
            <Button variant="default" size="xs" onClick={() => void leave()} loading={loading}>
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main">
        <NavLink component={RouterLink} to="/dashboard" label="Dashboard" active={pathname.startsWith("/dashboard")} />
        <NavLink component={RouterLink} to="/funding" label="Funding by action step" active={pathname.startsWith("/funding") || pathname.startsWith("/plan")} />
        <NavLink component={RouterLink} to="/schools" label="Schools" active={pathname.startsWith("/schools")} />
        <NavLink component={RouterLink} to="/scenarios" label="Scenarios" active={pathname.startsWith("/scenarios")} />
        {canImport && <NavLink component={RouterLink} to="/import" label="Import files" active={pathname.startsWith("/import")} />}
        {canManageTokens && <NavLink component={RouterLink} to="/tokens" label="API tokens" active={pathname.startsWith("/tokens")} />}
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}

/** /dashboard, /funding, /scenarios: open the newest fiscal year. */
export function LatestYear({ to }: { to: string }) {
  const { data, loading, error } = useQuery(FiscalYearsDocument);
  if (loading) return <Loader aria-label="Loading fiscal years" />;
  if (error) return <Alert color="red" title="Could not load the fiscal years">{error.message}</Alert>;
  const latest = data?.fiscalYears[0]?.year;
  if (!latest) return <Alert title="No fiscal year yet">Import a District Improvement Plan to start a fiscal year.</Alert>;
  return <Navigate to={`/${to}/${latest}`} replace />;
}

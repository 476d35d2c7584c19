import { AppShell, Button, Group, NavLink, Text, Title } from "@mantine/core";
import { useApolloClient, useMutation } from "@apollo/client/react";
import { NavLink as RouterLink, Outlet, useLocation, useNavigate } from "react-router";
import { SignOutDocument } from "./graphql/generated";
import { ROLE_NAMES, useCan, useViewer } from "./features/auth/session";

export function Layout() {
  const { pathname } = useLocation();
  const viewer = useViewer();
  const canManageTokens = useCan("createApiToken");
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
        <NavLink component={RouterLink} to="/funding" label="Funding by action step" active={pathname.startsWith("/funding")} />
        {canManageTokens && <NavLink component={RouterLink} to="/tokens" label="API tokens" active={pathname.startsWith("/tokens")} />}
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}

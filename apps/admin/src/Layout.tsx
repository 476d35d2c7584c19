import { AppShell, Group, NavLink, Text, Title } from "@mantine/core";
import { NavLink as RouterLink, Outlet, useLocation } from "react-router";

export function Layout() {
  const { pathname } = useLocation();
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
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main">
        <NavLink component={RouterLink} to="/funding" label="Funding by action step" active={pathname.startsWith("/funding")} />
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}

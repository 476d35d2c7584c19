import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import {
  Alert,
  AppShell,
  Burger,
  Button,
  Group,
  Loader,
  NavLink,
  Text,
  Title,
} from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useEffect } from "react";
import { Navigate, Outlet, NavLink as RouterLink, useLocation, useNavigate } from "react-router";

import { ROLE_NAMES, useCan, useViewer } from "./features/auth/session";
import { importsFor } from "./features/imports/kinds";
import { FiscalYearsDocument, SignOutDocument } from "./graphql/generated";
import { useCurrentYear } from "./lib/year";

export function Layout() {
  const { pathname } = useLocation();
  const viewer = useViewer();
  const canManageTokens = useCan("createApiToken");
  const canImport = importsFor(viewer.allowedMutations).length > 0;
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut, { loading }] = useMutation(SignOutDocument);
  // On a phone the menu is a drawer behind a button; it closes when a page is chosen.
  const [menuOpen, menu] = useDisclosure(false);
  useEffect(() => menu.close(), [pathname]); // eslint-disable-line react-hooks/exhaustive-deps
  const year = useCurrentYear();
  const withYear = (page: string) => (year ? `/${page}/${year}` : `/${page}`);
  const leave = async () => {
    await signOut();
    await client.clearStore();
    void navigate("/sign-in", { replace: true });
  };
  const signOutButton = (
    <Button variant="default" size="xs" onClick={() => void leave()} loading={loading}>
      Sign out
    </Button>
  );
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 200, breakpoint: "sm", collapsed: { mobile: !menuOpen } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Burger
              opened={menuOpen}
              onClick={menu.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={menuOpen ? "Close the menu" : "Open the menu"}
            />
            <Title order={1} size="h3" c="teal.9">
              Allot
            </Title>
            <Text size="sm" c="dimmed" visibleFrom="md">
              federal programs by improvement-plan action step
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap" visibleFrom="sm">
            <Text size="sm" data-testid="viewer">
              {viewer.name} · {ROLE_NAMES[viewer.role] ?? viewer.role}
            </Text>
            {signOutButton}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main">
        <NavLink
          component={RouterLink}
          to={withYear("dashboard")}
          label="Dashboard"
          active={pathname.startsWith("/dashboard")}
        />
        <NavLink
          component={RouterLink}
          to={withYear("funding")}
          label="Funding by action step"
          active={pathname.startsWith("/funding") || /^\/plan\/\d+\/steps/.test(pathname)}
        />
        <NavLink
          component={RouterLink}
          to={withYear("plan")}
          label="Improvement plan"
          active={/^\/plan(\/\d+)?$/.test(pathname)}
        />
        <NavLink
          component={RouterLink}
          to={withYear("strategic-plan")}
          label="Strategic plan"
          active={pathname.startsWith("/strategic-plan")}
        />
        {viewer.role !== "SCHOOL_LEADER" && (
          <NavLink
            component={RouterLink}
            to={withYear("budget")}
            label="Budget and compliance"
            active={pathname.startsWith("/budget")}
          />
        )}
        <NavLink
          component={RouterLink}
          to={withYear("monitoring")}
          label="Monitoring"
          active={pathname.startsWith("/monitoring")}
        />
        <NavLink
          component={RouterLink}
          to={withYear("positions")}
          label="Positions"
          active={pathname.startsWith("/positions")}
        />
        <NavLink
          component={RouterLink}
          to="/schools"
          label="Schools"
          active={pathname.startsWith("/schools")}
        />
        <NavLink
          component={RouterLink}
          to={withYear("scenarios")}
          label="Scenarios"
          active={pathname.startsWith("/scenarios")}
        />
        {canImport && (
          <NavLink
            component={RouterLink}
            to="/import"
            label="Import files"
            active={pathname.startsWith("/import")}
          />
        )}
        {canManageTokens && (
          <NavLink
            component={RouterLink}
            to="/tokens"
            label="API tokens"
            active={pathname.startsWith("/tokens")}
          />
        )}
        <Group hiddenFrom="sm" mt="md" gap="xs" px="sm">
          <Text size="sm" data-testid="viewer-menu">
            {viewer.name} · {ROLE_NAMES[viewer.role] ?? viewer.role}
          </Text>
          {signOutButton}
        </Group>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}

/**
 * /dashboard, /funding, /scenarios: open the year the person was looking at, else the district's
 * default (the current fiscal year by its calendar, never next year's preliminary one).
 */
export function DefaultYear({ to }: { to: string }) {
  const { data, loading, error } = useQuery(FiscalYearsDocument);
  const kept = useCurrentYear();
  if (loading) return <Loader aria-label="Loading fiscal years" />;
  if (error)
    return (
      <Alert color="red" title="Could not load the fiscal years">
        {error.message}
      </Alert>
    );
  const years = new Set(data?.fiscalYears.map((y) => y.year));
  const year = kept && years.has(kept) ? kept : data?.district.defaultFiscalYear;
  if (!year)
    return (
      <Alert title="No fiscal year yet">
        Import a District Improvement Plan to start a fiscal year.
      </Alert>
    );
  return <Navigate to={`/${to}/${year}`} replace />;
}

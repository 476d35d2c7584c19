import { Loader } from "@mantine/core";
import { lazy, Suspense, type ReactNode } from "react";
import { createBrowserRouter, Navigate } from "react-router";

import { RequireSignIn } from "./features/auth/session";
import { SignInPage } from "./features/auth/SignInPage";
import { DefaultYear, Layout } from "./Layout";

// Each screen is its own chunk: the first page loads only what it shows (charts, tables and
// spreadsheet export come with the screens that use them).
const MonitoringPage = lazy(() =>
  import("./features/monitoring/MonitoringPage").then((m) => ({ default: m.MonitoringPage })),
);
const DashboardPage = lazy(() =>
  import("./features/dashboard/DashboardPage").then((m) => ({ default: m.DashboardPage })),
);
const FundingPage = lazy(() =>
  import("./features/funding/FundingPage").then((m) => ({ default: m.FundingPage })),
);
const BudgetPage = lazy(() =>
  import("./features/budget/BudgetPage").then((m) => ({ default: m.BudgetPage })),
);
const PositionsPage = lazy(() =>
  import("./features/positions/PositionsPage").then((m) => ({ default: m.PositionsPage })),
);
const ActionStepPage = lazy(() =>
  import("./features/plan/ActionStepPage").then((m) => ({ default: m.ActionStepPage })),
);
const PlanPage = lazy(() =>
  import("./features/plan-edit/PlanPage").then((m) => ({ default: m.PlanPage })),
);
const StrategicPlanPage = lazy(() =>
  import("./features/strategic/StrategicPlanPage").then((m) => ({
    default: m.StrategicPlanPage,
  })),
);
const SchoolsPage = lazy(() =>
  import("./features/schools/SchoolsPage").then((m) => ({ default: m.SchoolsPage })),
);
const SchoolPage = lazy(() =>
  import("./features/schools/SchoolPage").then((m) => ({ default: m.SchoolPage })),
);
const ScenariosPage = lazy(() =>
  import("./features/scenarios/ScenariosPage").then((m) => ({ default: m.ScenariosPage })),
);
const ScenarioPage = lazy(() =>
  import("./features/scenarios/ScenarioPage").then((m) => ({ default: m.ScenarioPage })),
);
const ComparePage = lazy(() =>
  import("./features/scenarios/ComparePage").then((m) => ({ default: m.ComparePage })),
);
const ComplianceReportPage = lazy(() =>
  import("./features/scenarios/ComplianceReportPage").then((m) => ({
    default: m.ComplianceReportPage,
  })),
);
const ImportPage = lazy(() =>
  import("./features/imports/ImportPage").then((m) => ({ default: m.ImportPage })),
);
const TokensPage = lazy(() =>
  import("./features/tokens/TokensPage").then((m) => ({ default: m.TokensPage })),
);

const page = (element: ReactNode) => (
  <Suspense fallback={<Loader aria-label="Loading" />}>{element}</Suspense>
);

export const router = createBrowserRouter([
  { path: "/sign-in", element: <SignInPage /> },
  // For printing: signed in, without the navigation around it.
  {
    path: "/scenarios/view/:scenarioId/compliance",
    element: <RequireSignIn>{page(<ComplianceReportPage />)}</RequireSignIn>,
  },
  {
    path: "/",
    element: (
      <RequireSignIn>
        <Layout />
      </RequireSignIn>
    ),
    children: [
      { index: true, element: <DefaultYear to="dashboard" /> },
      { path: "dashboard", element: <DefaultYear to="dashboard" /> },
      { path: "dashboard/:fiscalYear", element: page(<DashboardPage />) },
      { path: "funding", element: <DefaultYear to="funding" /> },
      { path: "funding/:fiscalYear", element: page(<FundingPage />) },
      { path: "plan", element: <DefaultYear to="plan" /> },
      { path: "plan/:fiscalYear", element: page(<PlanPage />) },
      { path: "plan/:fiscalYear/steps/:label", element: page(<ActionStepPage />) },
      { path: "strategic-plan", element: <DefaultYear to="strategic-plan" /> },
      { path: "strategic-plan/:fiscalYear", element: page(<StrategicPlanPage />) },
      { path: "budget", element: <DefaultYear to="budget" /> },
      { path: "budget/:fiscalYear", element: page(<BudgetPage />) },
      { path: "monitoring", element: <DefaultYear to="monitoring" /> },
      { path: "monitoring/:fiscalYear", element: page(<MonitoringPage />) },
      { path: "positions", element: <DefaultYear to="positions" /> },
      { path: "positions/:fiscalYear", element: page(<PositionsPage />) },
      { path: "schools", element: page(<SchoolsPage />) },
      { path: "schools/:schoolId", element: page(<SchoolPage />) },
      { path: "scenarios", element: <DefaultYear to="scenarios" /> },
      { path: "scenarios/compare", element: page(<ComparePage />) },
      { path: "scenarios/view/:scenarioId", element: page(<ScenarioPage />) },
      { path: "scenarios/:fiscalYear", element: page(<ScenariosPage />) },
      { path: "import", element: page(<ImportPage />) },
      { path: "tokens", element: page(<TokensPage />) },
      { path: "*", element: <Navigate to="/" replace /> },
    ],
  },
]);

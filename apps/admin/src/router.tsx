import { createBrowserRouter, Navigate } from "react-router";
import { Layout } from "./Layout";
import { FundingPage, LatestFundingYear } from "./features/funding/FundingPage";
import { RequireSignIn } from "./features/auth/session";
import { SignInPage } from "./features/auth/SignInPage";
import { TokensPage } from "./features/tokens/TokensPage";

export const router = createBrowserRouter([
  { path: "/sign-in", element: <SignInPage /> },
  {
    path: "/",
    element: (
      <RequireSignIn>
        <Layout />
      </RequireSignIn>
    ),
    children: [
      { index: true, element: <Navigate to="/funding" replace /> },
      { path: "funding", element: <LatestFundingYear /> },
      { path: "funding/:fiscalYear", element: <FundingPage /> },
      { path: "tokens", element: <TokensPage /> },
      { path: "*", element: <Navigate to="/funding" replace /> },
    ],
  },
]);

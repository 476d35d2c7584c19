import { createBrowserRouter, Navigate } from "react-router";
import { Layout } from "./Layout";
import { FundingPage, LatestFundingYear } from "./features/funding/FundingPage";

export const router = createBrowserRouter([
  {
    path: "/",
    element: <Layout />,
    children: [
      { index: true, element: <Navigate to="/funding" replace /> },
      { path: "funding", element: <LatestFundingYear /> },
      { path: "funding/:fiscalYear", element: <FundingPage /> },
      { path: "*", element: <Navigate to="/funding" replace /> },
    ],
  },
]);

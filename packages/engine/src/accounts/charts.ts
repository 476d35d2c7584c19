import type { ChartOfAccounts } from "./chart.js";
import { GEORGIA_CHART } from "./georgia.js";

/** The charts of accounts Allot ships, by state. A state without one gets codes unchecked. */
export const CHARTS: Readonly<Record<string, ChartOfAccounts>> = {
  GA: GEORGIA_CHART,
};

export function chartFor(state: string): ChartOfAccounts | null {
  return CHARTS[state.toUpperCase()] ?? null;
}

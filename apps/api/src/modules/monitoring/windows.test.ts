import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { dataOf, startTestApi, type TestApi } from "../../test/api.js";
import { graphql } from "../../test/gql/index.js";

// The dates of a year's two monitoring windows: defaults until the director sets them.
let api: TestApi;

const WINDOWS = graphql(`
  query MonitoringWindowsRead {
    monitoringWindows(fiscalYear: 2022) {
      window
      opensOn
      closesOn
      setByDistrict
    }
  }
`);
const SET = graphql(`
  mutation MonitoringWindowsSet($input: SetMonitoringWindowsInput!) {
    setMonitoringWindows(input: $input) {
      windows {
        window
        opensOn
        closesOn
        setByDistrict
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const director = () => api.as("FEDERAL_PROGRAMS_DIRECTOR");

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

describe("monitoring windows", () => {
  it("has default windows until the director sets the year's dates; bad dates are refused by field", async () => {
    const before = dataOf(await api.gql(WINDOWS)).monitoringWindows;
    expect(before.every((w) => w.opensOn <= w.closesOn)).toBe(true);
    const bad = dataOf(
      await director()(SET, {
        input: {
          fiscalYear: 2022,
          windows: [
            { window: "MID_YEAR", opensOn: "2022-01-03", closesOn: "2021-12-31" },
            { window: "END_OF_YEAR", opensOn: "2022-05-02", closesOn: "2022-13-01" },
          ],
        },
      }),
    ).setMonitoringWindows;
    expect(bad.windows).toBeNull();
    expect(bad.userErrors.map((e) => e.field.join("."))).toEqual([
      "input.windows.0.closesOn",
      "input.windows.1.closesOn",
    ]);
    expect(dataOf(await api.gql(WINDOWS)).monitoringWindows).toEqual(before);

    const set = dataOf(
      await director()(SET, {
        input: {
          fiscalYear: 2022,
          windows: [
            { window: "END_OF_YEAR", opensOn: "2022-05-02", closesOn: "2022-07-15" },
            { window: "MID_YEAR", opensOn: "2022-01-03", closesOn: "2022-01-28" },
          ],
        },
      }),
    ).setMonitoringWindows;
    expect(set.userErrors).toEqual([]);
    expect(dataOf(await api.as("VIEWER")(WINDOWS)).monitoringWindows).toEqual([
      { window: "MID_YEAR", opensOn: "2022-01-03", closesOn: "2022-01-28", setByDistrict: true },
      { window: "END_OF_YEAR", opensOn: "2022-05-02", closesOn: "2022-07-15", setByDistrict: true },
    ]);
    const viewer = await api.as("VIEWER")(SET, { input: { fiscalYear: 2022, windows: [] } });
    expect(viewer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

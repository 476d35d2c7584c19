import { describe, expect, it } from "vitest";

import { fiscalYearSpan } from "./fiscal-year.js";
import { defaultMonitoringWindows, monitoringWindowIssues } from "./monitoring-windows.js";

const fy2022 = fiscalYearSpan(2022);

describe("monitoring windows", () => {
  it("default to the last two months of each half of the fiscal year", () => {
    expect(defaultMonitoringWindows(fy2022)).toEqual([
      { window: "MID_YEAR", opensOn: "2021-12-01", closesOn: "2022-01-31" },
      { window: "END_OF_YEAR", opensOn: "2022-05-01", closesOn: "2022-06-30" },
    ]);
    // A year starting in January.
    expect(defaultMonitoringWindows(fiscalYearSpan(2024, 1))).toEqual([
      { window: "MID_YEAR", opensOn: "2024-06-01", closesOn: "2024-07-31" },
      { window: "END_OF_YEAR", opensOn: "2024-11-01", closesOn: "2024-12-31" },
    ]);
    expect(monitoringWindowIssues(fy2022, defaultMonitoringWindows(fy2022))).toEqual([]);
  });

  it("refuses impossible dates, each at its field", () => {
    expect(
      monitoringWindowIssues(fy2022, [
        { window: "MID_YEAR", opensOn: "2022-02-30", closesOn: "2022-01-31" },
        { window: "END_OF_YEAR", opensOn: "2022-06-01", closesOn: "2022-05-01" },
      ]),
    ).toEqual([
      { field: "windows.0.opensOn", message: "opensOn must be a date like 2022-01-31." },
      { field: "windows.1.closesOn", message: "The window closes before it opens." },
    ]);
    expect(
      monitoringWindowIssues(fy2022, [
        { window: "MID_YEAR", opensOn: "2022-01-03", closesOn: "2022-01-28" },
        { window: "END_OF_YEAR", opensOn: "2022-05-02", closesOn: "2022-13-01" },
      ]),
    ).toEqual([
      { field: "windows.1.closesOn", message: "closesOn must be a date like 2022-01-31." },
    ]);
    expect(
      monitoringWindowIssues(fy2022, [
        { window: "MID_YEAR", opensOn: "2021-06-01", closesOn: "2022-05-15" },
      ]).map((i) => i.message),
    ).toEqual([
      "Give END_OF_YEAR once (it is given 0 times).",
      "The window opens before the fiscal year (2021-07-01).",
    ]);
    // The end of year may close up to 90 days after the year; the windows may not overlap.
    expect(
      monitoringWindowIssues(fy2022, [
        { window: "MID_YEAR", opensOn: "2022-01-03", closesOn: "2022-02-28" },
        { window: "END_OF_YEAR", opensOn: "2022-02-28", closesOn: "2022-09-28" },
      ]),
    ).toEqual([
      {
        field: "windows.1.opensOn",
        message: "The end-of-year window opens before the mid-year window closes.",
      },
    ]);
    expect(
      monitoringWindowIssues(fy2022, [
        { window: "MID_YEAR", opensOn: "2022-01-03", closesOn: "2022-02-28" },
        { window: "END_OF_YEAR", opensOn: "2022-05-02", closesOn: "2022-09-29" },
      ]),
    ).toEqual([{ field: "windows.1.closesOn", message: "The window closes after 2022-09-28." }]);
  });
});

import { describe, expect, it } from "vitest";

import { formatUsd, moneyInput, PROGRAM_SHORT_NAMES, sumMoney } from "./money";

describe("money as a person types and reads it", () => {
  it("reads the API's grammar: commas only between groups of three, a dollar sign, two decimals", () => {
    expect(moneyInput("1,250.5")).toBe("1250.50");
    expect(moneyInput(" $1250.50 ")).toBe("1250.50");
    expect(moneyInput("1,234,567")).toBe("1234567.00");
    expect(moneyInput("0")).toBe("0.00");
  });

  it("refuses what the API refuses, and negative amounts", () => {
    for (const bad of ["1,0,0,0,0,0", "12,50", "1.234", "-5.00", "abc", "", "1e5", "$"])
      expect(moneyInput(bad), bad).toBeNull();
  });

  it("shows stored amounts exactly, grouped, and adds them to the cent", () => {
    expect(formatUsd("4180273.5")).toBe("$4,180,273.50");
    expect(formatUsd("-12.3")).toBe("-$12.30");
    expect(sumMoney(["0.10", "0.20", "-0.05"])).toBe("0.25");
    expect(sumMoney(["1000000000000.01", "0.99"])).toBe("1000000000001.00");
  });

  it("labels every program, from the engine's facts", () => {
    expect(Object.keys(PROGRAM_SHORT_NAMES)).toHaveLength(7);
    expect(PROGRAM_SHORT_NAMES.TITLE_I_A).toBe("Title I-A");
  });
});

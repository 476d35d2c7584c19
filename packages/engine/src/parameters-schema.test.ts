import { describe, expect, it } from "vitest";

import { inputIssues } from "./input-schemas.js";
import { MAX_BANDS, SCENARIO_PARAMETERS, TYPED_SCENARIO_PARAMETERS } from "./parameters-schema.js";

// Parameters as the API reads them (money in cents), valid as they stand.
const valid = () => ({
  titleI: {
    ppa: { kind: "EVEN" as string, perChild: null as number | null, bands: null as unknown },
    reservations: { familyEngagement: 30_000_000, homeless: 15_000_000 },
  },
  weights: { englishLearners: 0.4 },
  reallocation: null as unknown,
});
const issues = (input: unknown) => inputIssues(SCENARIO_PARAMETERS, input);

describe("the scenario parameters' schema", () => {
  it("takes valid parameters", () => {
    expect(issues(valid())).toEqual([]);
  });

  it("names the field, says why and gives the code, with and without the field's name", () => {
    const p = valid();
    p.weights.englishLearners = 20.5;
    expect(issues(p)).toEqual([
      {
        path: ["weights", "englishLearners"],
        message: "englishLearners must be at most 20.",
        reason: "Must be at most 20.",
        code: "INVALID",
      },
    ]);
  });

  it("refuses negative money as NEGATIVE and a SINGLE policy without a positive amount as NOT_POSITIVE", () => {
    const p = valid();
    p.titleI.reservations.homeless = -1;
    p.titleI.ppa = { kind: "SINGLE", perChild: 0, bands: null };
    expect(issues(p).map((i) => [i.path.join("."), i.code])).toEqual([
      ["titleI.ppa.perChild", "NOT_POSITIVE"],
      ["titleI.reservations.homeless", "NEGATIVE"],
    ]);
  });

  it("names a repeated band floor at the second, and too many bands at the list", () => {
    const band = (minPovertyPercent: number) => ({ minPovertyPercent, perChild: 50_000 });
    const p = valid();
    p.titleI.ppa = { kind: "BANDS", perChild: null, bands: [band(75), band(50), band(75)] };
    expect(issues(p)).toEqual([
      expect.objectContaining({
        path: ["titleI", "ppa", "bands", "2", "minPovertyPercent"],
        message: "This poverty floor is listed twice (first at position 1).",
      }),
    ]);
    p.titleI.ppa.bands = Array.from({ length: MAX_BANDS + 1 }, (_, i) => band(i));
    expect(issues(p).map((i) => i.path.join("."))).toEqual(["titleI.ppa.bands"]);
  });

  it("refuses Title I-A in a reallocation, an empty one and a loss over 100%", () => {
    const p = valid();
    p.reallocation = { programs: ["TITLE_I_A"], maxLossPercent: 5 };
    expect(issues(p)[0]!.message).toMatch(/^Title I-A school money follows rank and serve/);
    p.reallocation = { programs: [], maxLossPercent: 120 };
    expect(issues(p).map((i) => i.message)).toEqual([
      "programs must name at least one program.",
      "maxLossPercent must be a percentage from 0 to 100 with at most two decimals.",
    ]);
  });

  it("reads typed money for a form: dollars with commas, and names text that is not money", () => {
    const p = {
      ...valid(),
      titleI: {
        ppa: { kind: "SINGLE", perChild: "$1,250.50" },
        reservations: { familyEngagement: "300,000", homeless: "1,0,0" },
      },
    };
    expect(inputIssues(TYPED_SCENARIO_PARAMETERS, p)).toEqual([
      expect.objectContaining({
        path: ["titleI", "reservations", "homeless"],
        reason: "Must be dollars and cents, e.g. 1,250.50.",
      }),
    ]);
    p.titleI.reservations.homeless = "-5";
    expect(inputIssues(TYPED_SCENARIO_PARAMETERS, p)[0]!.code).toBe("NEGATIVE");
  });
});

import { describe, expect, it } from "vitest";

import type { ScenarioDetailFragment } from "../../graphql/generated";
import { formFieldOf, parameterErrors, toForm, toInput } from "./parameters";

type Params = ScenarioDetailFragment["parameters"];

const base: Params = {
  titleI: {
    ppaKind: "EVEN",
    perChild: null,
    ranking: "DISTRICT_WIDE",
    designateAt35: true,
    serveLastYearOneMoreYear: true,
    highSchoolThresholdPercent: 75,
    privateChildrenInSchoolShare: false,
    bands: [],
    schoolAmounts: [],
    reservations: {
      familyEngagement: "300000.00",
      familyEngagementToSchoolsPercent: 90,
      homeless: "150000.00",
      neglectedDelinquent: "0.00",
      districtWide: "0.00",
      administration: "1400000.00",
      incentives: "0.00",
      earlyChildhood: "0.00",
    },
  },
  districtReservations: [{ program: "TITLE_III_A", amount: "1600.00", administration: "1600.00" }],
  weights: {
    economicallyDisadvantaged: 0,
    englishLearners: 0.4,
    studentsWithDisabilities: 0.9,
    homeless: 0.25,
    foster: 0,
    migrant: 0,
    concentrationWeight: null,
    concentrationThresholdPercent: null,
  },
  priority: { csiTsiPercent: 20, highPovertyPercent: 10, highPovertyThresholdPercent: 75 },
  titleIV: {
    wellRounded: "500000.00",
    safeHealthy: "500000.00",
    technology: "200000.00",
    technologyInfrastructure: "30000.00",
  },
  idea: { privateChildren: 40, allChildren: 6000, ceis: "0.00" },
  reallocation: { programs: ["TITLE_II_A"], maxLossPercent: 5, maxGainPercent: null },
};

describe("the scenario form and the API input", () => {
  it("round-trips every setting, including those the form does not show", () => {
    const input = toInput(toForm(base), base);
    expect(input.titleI.ppa).toEqual({ kind: "EVEN" });
    expect(input.titleI.reservations).toMatchObject({
      familyEngagement: "300000.00",
      administration: "1400000.00",
      familyEngagementToSchoolsPercent: 90,
    });
    expect(input.titleIV).toEqual(base.titleIV);
    expect(input.idea).toEqual(base.idea);
    expect(input.districtReservations).toEqual(base.districtReservations);
    expect(input.reallocation).toEqual({
      programs: ["TITLE_II_A"],
      maxLossPercent: 5,
      maxGainPercent: null,
    });
  });

  it("keeps poverty bands, per-school amounts and the 1996 option set through the API", () => {
    const bands: Params = {
      ...base,
      titleI: {
        ...base.titleI,
        ppaKind: "BANDS",
        privateChildrenInSchoolShare: true,
        bands: [
          { minPovertyPercent: 65, perChild: "950.00" },
          { minPovertyPercent: 0, perChild: "850.00" },
        ],
      },
    };
    const input = toInput(toForm(bands), bands);
    expect(input.titleI.ppa).toEqual({
      kind: "BANDS",
      bands: [
        { minPovertyPercent: 65, perChild: "950.00" },
        { minPovertyPercent: 0, perChild: "850.00" },
      ],
    });
    expect(input.titleI.privateChildrenInSchoolShare).toBe(true);
    const explicit: Params = {
      ...base,
      titleI: {
        ...base.titleI,
        ppaKind: "EXPLICIT",
        schoolAmounts: [{ schoolId: "U2Nob29sOjE", perChild: "700.00" }],
      },
    };
    expect(toInput(toForm(explicit), explicit).titleI.ppa).toEqual({
      kind: "EXPLICIT",
      schools: [{ schoolId: "U2Nob29sOjE", perChild: "700.00" }],
    });
  });

  it("sends typed amounts in the API's grammar", () => {
    const form = { ...toForm(base), ppaKind: "SINGLE" as const, perChild: "$1,250.5" };
    form.reservations.homeless = "2,000";
    const input = toInput(form, base);
    expect(input.titleI.ppa).toEqual({ kind: "SINGLE", perChild: "1250.50" });
    expect(input.titleI.reservations.homeless).toBe("2000.00");
  });
});

describe("the form's checks and the server's errors", () => {
  it("checks weights by the engine's own rule, as the API does", () => {
    const weight = (englishLearners: number) =>
      parameterErrors(
        { ...toForm(base), weights: { ...toForm(base).weights, englishLearners } },
        base,
      )["weights.englishLearners"];
    expect(weight(0.4)).toBeUndefined();
    expect(weight(20)).toBeUndefined();
    expect(weight(20.5)).toBe("Must be at most 20.");
    expect(weight(-0.1)).toBe("Must be a number of at least 0.");
    expect(weight(0.12345)).toBe("Has more than four decimal places.");
  });

  it("checks the rest by the API's schema too, each under its field", () => {
    const form = { ...toForm(base), ppaKind: "SINGLE" as const, perChild: "0" };
    form.reservations.homeless = "1,0,0";
    form.reallocate = true;
    form.reallocationPrograms = [];
    form.maxLossPercent = 120;
    expect(parameterErrors(form, base)).toEqual({
      perChild: "Must be greater than zero for a SINGLE policy.",
      "reservations.homeless": "Must be dollars and cents, e.g. 1,250.50.",
      reallocationPrograms: "Must name at least one program.",
      maxLossPercent: "Must be a percentage from 0 to 100 with at most two decimals.",
    });
    expect(parameterErrors(toForm(base), base)).toEqual({});
  });

  it("puts each server error under the form field it names, and no other", () => {
    expect(formFieldOf(["input", "parameters", "weights", "englishLearners"])).toBe(
      "weights.englishLearners",
    );
    expect(formFieldOf(["input", "parameters", "titleI", "reservations", "homeless"])).toBe(
      "reservations.homeless",
    );
    expect(formFieldOf(["input", "parameters", "titleI", "ppa", "perChild"])).toBe("perChild");
    expect(formFieldOf(["input", "parameters", "reallocation", "maxLossPercent"])).toBe(
      "maxLossPercent",
    );
    expect(formFieldOf(["input", "parameters", "reallocation", "programs"])).toBe(
      "reallocationPrograms",
    );
    // Fields the form does not show: the message is shown, no field is marked.
    expect(formFieldOf(["input", "parameters", "titleI", "reservations"])).toBeNull();
    expect(
      formFieldOf(["input", "parameters", "titleI", "ppa", "bands", "2", "minPovertyPercent"]),
    ).toBeNull();
    expect(formFieldOf(["input", "expectedVersion"])).toBeNull();
  });
});

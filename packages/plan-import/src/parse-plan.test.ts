import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { parseImprovementPlan, PlanImportError, SAMPLE_FILES } from "./index.js";

const seed = readFileSync(SAMPLE_FILES.improvementPlanFy2022, "utf8");

function problemsOf(text: string) {
  try {
    parseImprovementPlan(text);
  } catch (e) {
    expect(e).toBeInstanceOf(PlanImportError);
    return (e as PlanImportError).problems;
  }
  throw new Error("expected the plan to be refused");
}

describe("Georgia District Improvement Plan import (Clayton County FY2022)", () => {
  const plan = parseImprovementPlan(seed);

  it("reads the header settings", () => {
    expect(plan.title).toBe("District Improvement Plan 2021 - 2022");
    expect(plan.fiscalYear).toBe(2022);
    expect(plan.districtName).toBe("Clayton County");
    expect(plan.teamLead).toBe("Katrina Thompson");
    expect(plan.federalFundingOptions).toEqual(["TRADITIONAL"]);
    expect(plan.povertyFactors).toEqual(["CEP_DIRECT_CERTIFICATION"]);
    expect(plan.transfers).toEqual([
      { from: "TITLE_II_A", to: [], cumulativePercentage: "NA" },
      { from: "TITLE_IV_A", to: [], cumulativePercentage: "NA" },
    ]);
    expect(plan.waiverRequested).toBe(false);
  });

  it("finds 2 needs with 7 and 6 action steps and 44 program links", () => {
    expect(plan.needs.map((n) => n.actionSteps.length)).toEqual([7, 6]);
    const links = plan.needs.flatMap((n) => n.actionSteps.flatMap((s) => s.fundingSources));
    expect(links).toHaveLength(44);
  });

  it("reads each need's root causes, goal and equity gap", () => {
    const [n1, n2] = plan.needs;
    expect(n1?.rootCauses).toHaveLength(5);
    expect(n2?.rootCauses).toHaveLength(4);
    expect(n1?.description).toMatch(/^Increase teacher effectiveness/);
    expect(n2?.goal).toMatch(/graduation rate from 69.6% to 90%/);
    expect(n1?.isEquityGap).toBe(true);
    expect(n1?.contentAreas).toEqual(["ELA", "Mathematics", "Science", "Social Studies"]);
    expect(n1?.gradeSpans).toEqual([
      "K",
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
      "9",
      "10",
      "11",
      "12",
    ]);
    expect(n1?.subgroups).toEqual(["Economically Disadvantaged", "Race / Ethnicity / Minority"]);
    expect(n1?.equityInterventions).toEqual([
      {
        code: "EI-1",
        description:
          "Provide targeted teacher development on content, pedagogy and student supports and interventions",
      },
    ]);
    expect(n2?.equityGap).toBe("Graduation Rate (4-year cohort)");
    expect(n2?.equityInterventions[0]?.code).toBe("EI-2");
  });

  it("merges each action step across its repeated headers", () => {
    const s11 = plan.needs[0]!.actionSteps[0]!;
    expect(s11.description).toMatch(/^Utilize instructional planning/);
    expect(s11.fundingSources).toEqual([
      "TITLE_I_A",
      "TITLE_I_A_1003",
      "TITLE_II_A",
      "TITLE_III_A",
      "TITLE_IV_A",
      "IDEA_B",
      "MCKINNEY_VENTO",
    ]);
    expect(s11.systems).toEqual(["Coherent Instruction", "Professional Capacity"]);
    expect(s11.subgroups).toContain("Students with Disabilities");
    expect(s11.timeline).toBe("Quarterly");
    expect(s11.partnerships).toMatch(/^The district has established a Title IV Advisory Committee/);
    const s14 = plan.needs[0]!.actionSteps[3]!;
    expect(s14.subgroups).toHaveLength(7);
    expect(s14.positionsResponsible).toMatch(/^Deputy Superintendent of Student Support Services/);
    const s25 = plan.needs[1]!.actionSteps[4]!;
    expect(s25.subgroups).toEqual([]);
    expect(s25.fundingSources).toEqual(["TITLE_II_A", "IDEA_B"]);
    expect(s25.monitoringEffectiveness).toMatch(/^Retention data/);
    expect(plan.needs[1]!.actionSteps[3]!.fundingSources).toEqual(["TITLE_IV_A"]);
  });

  it("keeps evidence levels and equity-intervention answers as printed", () => {
    const evidence = plan.needs.map((n) => n.actionSteps.map((s) => s.evidenceLevel));
    expect(evidence).toEqual([
      ["STRONG", "MODERATE", "MODERATE", "MODERATE", "STRONG", "MODERATE", "STRONG"],
      ["MODERATE", "MODERATE", "STRONG", "MODERATE", "STRONG", "MODERATE"],
    ]);
    const supports = plan.needs.map((n) => n.actionSteps.map((s) => s.supportsEquityIntervention));
    expect(supports).toEqual([
      [true, false, false, true, true, true, false],
      [true, true, false, true, true, true],
    ]);
    for (const s of plan.needs.flatMap((n) => n.actionSteps)) expect(s.timeline).toBe("Quarterly");
  });
});

describe("malformed plans are refused with the line and the problem", () => {
  const lines = seed.split("\n");

  it("a truncated file", () => {
    const cut = lines.slice(
      0,
      lines.findIndex((l) =>
        l.startsWith("Method for Monitoring Implementation\tData (demographic"),
      ) + 1,
    );
    const problems = problemsOf(cut.join("\n"));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(
      /action step 2\.6 has no "Evidence Based Indicator".*truncated/,
    );
    expect(problems[0]?.line).toBe(cut.length);
  });

  it("a line of 200,000 spaces ending in a letter (read in one pass: /\\s+$/ took 22 s)", () => {
    const padded = [...lines];
    padded[1] = `${" ".repeat(200_000)}x`;
    expect(problemsOf(padded.join("\n"))).toEqual([
      { line: 2, message: 'unexpected text "x" in the plan header' },
    ]);
    padded[1] = `${" \t".repeat(100_000)}`;
    expect(parseImprovementPlan(padded.join("\n")).needs).toHaveLength(2);
  });

  it("a file cut before any need", () => {
    const problems = problemsOf(lines.slice(0, 30).join("\n"));
    expect(problems.map((p) => p.message)).toContain(
      "the plan has no overarching need: the file may be truncated",
    );
  });

  it("an unknown program name", () => {
    const i = lines.findIndex((l) => l === "Funding Sources\tTitle I, Part A Title III, Part A");
    const broken = [...lines];
    broken[i] = "Funding Sources\tTitle I, Part A Title V, Part B";
    const problems = problemsOf(broken.join("\n"));
    expect(problems).toEqual([
      {
        line: i + 1,
        message: expect.stringMatching(/^unknown funding source "Title V, Part B"/) as string,
      },
    ]);
  });

  it("an action step without a description", () => {
    const i = lines.findIndex((l) =>
      l.startsWith("Action Step\tProvide opportunities for immigrant"),
    );
    const broken = lines.filter((_, k) => k !== i);
    const problems = problemsOf(broken.join("\n"));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toBe('action step 1.2 has no description ("Action Step" row)');
    expect(broken[problems[0]!.line! - 1]).toBe("Action Step # 2");
  });

  it("an evidence level or a Yes/No answer that is not in the template", () => {
    const broken = seed
      .replace("Evidence Based Indicator\tStrong", "Evidence Based Indicator\tVery strong")
      .replace(
        "Does this action step support the selected equity intervention?\tYes",
        "Does this action step support the selected equity intervention?\tMaybe",
      );
    const problems = problemsOf(broken);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/unknown evidence level "Very strong"/),
      expect.stringMatching(/must be answered Yes or No, not "Maybe"/),
    ]);
  });

  it("text that is not a plan at all", () => {
    expect(problemsOf("").map((p) => p.message)).toEqual(["the plan text is empty"]);
    expect(problemsOf("hello\nworld")[0]?.message).toMatch(/unexpected text "hello"/);
  });
});

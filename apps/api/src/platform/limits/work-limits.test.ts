import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { heavyWorkbook } from "@allot/district-files/testing";

import { dataOf, startTestApi, type TestApi } from "../../test/api.js";
import { WORK_LIMITS } from "../../workers/pool.js";

// A file that needs more than a worker thread may use is refused alone: its import answers with a
// problem, the process lives on and everyone else is answered meanwhile.
let api: TestApi;
beforeAll(async () => {
  // The memory limit is what this file must hit: on a busy two-core machine the 30 s time limit
  // came first, so it gets room here (read at each task, in this process's API).
  (WORK_LIMITS as { fileSeconds: number }).fileSeconds = 120;
  api = await startTestApi();
});
afterAll(() => api?.close());

describe("a file that hits a worker's limits fails alone", () => {
  it(
    "answers a problem for a workbook too large to hold, while the API answers others",
    { timeout: 120_000 },
    async () => {
      const bytes = heavyWorkbook(4_000_000);
      expect(bytes.length).toBeLessThan(1_500_000); // fits the request body
      const upload = api.as("FINANCE_ANALYST")<{
        importSchools: { problems: { message: string }[]; written: boolean };
      }>(
        "mutation($i: ImportSchoolsInput!) { importSchools(input: $i) { problems { message } written } }",
        { i: { fileName: "schools.xlsx", contentBase64: bytes.toString("base64") } },
      );
      // While the workbook is read in its thread, other requests are answered.
      const meanwhile: number[] = [];
      let done = false;
      void upload.finally(() => (done = true));
      while (!done) {
        meanwhile.push((await api.as("VIEWER")("{ me { name } }")).status);
        await new Promise((r) => setTimeout(r, 200));
      }
      const { importSchools } = dataOf(await upload);
      expect(importSchools.written).toBe(false);
      expect(importSchools.problems).toEqual([
        {
          message:
            "schools.xlsx could not be read: It needed more than 256 MB of memory and was stopped. Split it into smaller files.",
        },
      ]);
      expect(meanwhile.length).toBeGreaterThan(1);
      expect(new Set(meanwhile)).toEqual(new Set([200]));
      // The pool replaced the thread: the next file is read.
      const next = dataOf(
        await api.as("FINANCE_ANALYST")<{ importSchools: { problems: { message: string }[] } }>(
          "mutation($i: ImportSchoolsInput!) { importSchools(input: $i) { problems { message } } }",
          {
            i: {
              fileName: "schools.csv",
              contentBase64: Buffer.from("School Name\nA\n").toString("base64"),
              dryRun: true,
            },
          },
        ),
      );
      expect(next.importSchools.problems.length).toBeGreaterThan(0);
      expect(next.importSchools.problems[0]!.message).toMatch(/no NCES School ID column/);
    },
  );
});

describe("a large district's engine run", () => {
  it(
    "runs in a worker thread and comes back whole, every amount with its explanation",
    { timeout: 60_000 },
    async () => {
      // 68 demo schools and 250 more: above the 200 a request runs itself.
      const header =
        "NCES School ID,School Name,Level,Grade Low,Grade High,Enrollment,Direct Certified";
      const rows = Array.from(
        { length: 250 },
        (_, i) => `1301230${String(50_000 + i)},Added School ${i},E,K,5,500,${100 + i}`,
      ).join("\n");
      const finance = api.as("FINANCE_ANALYST");
      await finance("mutation($i: ImportSchoolsInput!) { importSchools(input: $i) { rows } }", {
        i: {
          fileName: "schools.csv",
          contentBase64: Buffer.from(`${header}\n${rows}\n`).toString("base64"),
        },
      });
      const made = dataOf(
        await finance<{ createScenario: { scenario: { id: string } } }>(
          'mutation { createScenario(input: { fiscalYear: 2022, name: "Large district", source: EMPTY }) { scenario { id } } }',
        ),
      ).createScenario.scenario;
      type Ran = {
        runScenario: {
          userErrors: unknown[];
          scenario: { result: { schools: { allocations: { explanation: string }[] }[] } };
        };
      };
      const ran = dataOf(
        await finance<Ran>(
          "mutation($i: ScenarioActionInput!) { runScenario(input: $i) { userErrors { message } scenario { result { schools { allocations { explanation } } } } } }",
          { i: { id: made.id } },
        ),
      ).runScenario;
      expect(ran.userErrors).toEqual([]);
      expect(ran.scenario.result.schools).toHaveLength(318);
      const explanations = ran.scenario.result.schools.flatMap((s) =>
        s.allocations.map((a) => a.explanation),
      );
      expect(explanations.length).toBeGreaterThan(318);
      expect(explanations.every((e) => e.length > 10)).toBe(true);
    },
  );
});

import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { ActionStep, createOrm, migrate, seedDemoDistrict } from "@allot/db";
import { createTestDatabase } from "@allot/db/testing";
import { SAMPLE_FILES } from "@allot/plan-import";

const run = promisify(execFile);
const cli = fileURLToPath(new URL("../../../dist/scripts/import-plan.js", import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), "allot-cli-"));
let db: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  db = await createTestDatabase(inject("adminUrl"));
  const orm = await createOrm({ clientUrl: db.url });
  await migrate(orm);
  await seedDemoDistrict(orm);
  await orm.close();
});
afterAll(async () => {
  await db?.drop();
  rmSync(dir, { recursive: true, force: true });
});

async function importPlan(file: string, year: string) {
  try {
    const { stdout } = await run("node", [cli, "--fiscal-year", year, "--file", file], {
      env: { ...process.env, DATABASE_URL: db.url },
    });
    return { code: 0, out: stdout };
  } catch (e) {
    const err = e as { code: number; stderr: string };
    return { code: err.code, out: err.stderr };
  }
}

describe("pnpm import-plan", () => {
  it("imports a plan text into a new fiscal year", async () => {
    const text = readFileSync(SAMPLE_FILES.improvementPlanFy2022, "utf8").replace(
      "Plan 2021 - 2022",
      "Plan 2022 - 2023",
    );
    const file = path.join(dir, "fy2023.txt");
    writeFileSync(file, text);
    const r = await importPlan(file, "2023");
    expect(r).toEqual({
      code: 0,
      out: expect.stringContaining(
        'imported "District Improvement Plan 2022 - 2023" into FY2023: 2 needs, 13 action steps',
      ) as string,
    });
    const orm = await createOrm({ clientUrl: db.url });
    expect(
      await orm.em.fork().count(ActionStep, { need: { plan: { fiscalYear: { year: 2023 } } } }),
    ).toBe(13);
    await orm.close();
  });

  it("refuses a broken file with the line and exits non-zero", async () => {
    const lines = readFileSync(SAMPLE_FILES.improvementPlanFy2022, "utf8").split("\n");
    const file = path.join(dir, "broken.txt");
    writeFileSync(file, lines.slice(0, 120).join("\n"));
    const r = await importPlan(file, "2022");
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      /refused \(PLAN_MALFORMED, text\):\n {2}Line 120: action step 1\.3 has no "Evidence Based Indicator".*truncated/,
    );
  });
});

// Imports a Georgia District Improvement Plan text export into a fiscal year, with the same
// rules as the importImprovementPlan mutation.
//   pnpm import-plan --fiscal-year 2022 --file plan.txt [--district 1301230]
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

import { importPlan } from "../modules/improvement-plan/improvement-plan.service.js";
import { cliArgs, runCli } from "./cli.js";

const { values } = parseArgs({
  args: cliArgs(),
  options: {
    "fiscal-year": { type: "string" },
    file: { type: "string" },
    district: { type: "string", default: "1301230" },
  },
});
const year = Number(values["fiscal-year"]);
if (!Number.isInteger(year) || !values.file) {
  console.error("usage: import-plan --fiscal-year 2022 --file plan.txt [--district NCES_LEA_ID]");
  process.exit(2);
}
await runCli({ district: values.district, action: "import-plan" }, async (em, district) => {
  const outcome = await importPlan(
    em,
    district.id,
    year,
    readFileSync(path.resolve(process.env.INIT_CWD ?? process.cwd(), values.file!), "utf8"),
  );
  if (!outcome.ok) {
    console.error(
      `refused (${outcome.code}, ${outcome.field}):\n${outcome.messages.map((m) => `  ${m}`).join("\n")}`,
    );
    return 1;
  }
  const steps = outcome.plan.needs.getItems().reduce((a, n) => a + n.actionSteps.length, 0);
  console.log(
    `imported "${outcome.plan.title}" into FY${year}: ${outcome.plan.needs.length} needs, ${steps} action steps`,
  );
  return 0;
});

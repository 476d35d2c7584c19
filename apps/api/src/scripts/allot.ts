// Administration from the command line, against DATABASE_URL or the embedded database:
//   pnpm allot token:create --name "ERP sync" --role FINANCE_ANALYST --scope READ_WRITE [--days 90] [--school 130123000123 for SCHOOL_LEADER]
//   pnpm allot token:revoke --name "ERP sync"
//   pnpm allot token:list
//   pnpm allot user:create --email a@district.org --name "A Person" --role VIEWER [--school 130123000123]
//   pnpm allot users:remove-demo
//   pnpm allot audit:verify
//   pnpm allot schools:import --file schools.csv [--dry-run]   (CSV or XLSX, keyed by NCES school id)
//   pnpm allot direct-certification:import --file direct_certification_school_2024.xlsx [--dry-run]   (Georgia, GOSA)
//   pnpm allot awards:import --file awards.csv [--dry-run]
//   pnpm allot budget-lines:import --file budget.xlsx [--dry-run]
//   pnpm allot positions:import --file hr-positions.csv [--dry-run]   (the HR system's export, by position code)
//   pnpm allot school-awards:import --file 1003.csv [--dry-run]   (the state's awards per school)
// Every command takes --district NCES_LEA_ID (default: the demo district). Writes are audited as "cli".
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

import type { EntityManager } from "@mikro-orm/postgresql";

import {
  ApiToken,
  DEMO_DISTRICT,
  ROLES,
  School,
  TOKEN_SCOPES,
  User,
  verifyAuditChain,
  type District,
  type Role,
  type TokenScope,
} from "@allot/db";

import { DEVELOPMENT_SESSION_SECRET, readEnv } from "../env.js";
import { createApiToken } from "../modules/auth/auth.service.js";
import { importAwards } from "../modules/imports/awards.import.js";
import { importBudgetLines } from "../modules/imports/budget-lines.import.js";
import { importGeorgiaDirectCertification } from "../modules/imports/direct-certification.import.js";
import type { DistrictFile, ImportOutcome } from "../modules/imports/file-import.js";
import { importPositions } from "../modules/imports/positions.import.js";
import { importSchoolAwards } from "../modules/imports/school-awards.import.js";
import { importSchools } from "../modules/imports/schools.import.js";
import { hashPassword, newSecret } from "../platform/auth/credentials.js";
import { cliArgs, runCli } from "./cli.js";

const [command, ...rest] = cliArgs();
const { values } = parseArgs({
  args: rest,
  options: {
    district: { type: "string", default: DEMO_DISTRICT.ncesLeaId },
    name: { type: "string" },
    role: { type: "string" },
    scope: { type: "string", default: "READ" },
    days: { type: "string", default: "90" },
    email: { type: "string" },
    school: { type: "string" },
    file: { type: "string" },
    "dry-run": { type: "boolean", default: false },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  flag: string,
): T {
  if (!value || !allowed.includes(value as T))
    fail(`--${flag} must be one of ${allowed.join(", ")}`);
  return value as T;
}

/** An import command: the file from --file (relative to where pnpm was run), every problem on stderr. */
function fileImport(
  what: string,
  noun: string,
  importer: (
    em: EntityManager,
    districtId: string,
    file: DistrictFile,
    dryRun: boolean,
  ) => Promise<ImportOutcome>,
) {
  return async (em: EntityManager, district: District) => {
    const file = values.file ?? fail(`--file is required: a .csv or .xlsx of ${what}`);
    const outcome = await importer(
      em,
      district.id,
      {
        name: file,
        bytes: readFileSync(path.resolve(process.env.INIT_CWD ?? process.cwd(), file)),
      },
      values["dry-run"] ?? false,
    );
    for (const p of outcome.problems)
      console.error(
        `${p.row === null ? "file" : `row ${p.row}`}${p.column ? `, ${p.column}` : ""}: ${p.message}`,
      );
    if (outcome.problems.length) {
      console.error(`${outcome.problems.length} problem(s): nothing was written`);
      return 1;
    }
    console.log(
      `${outcome.rows} ${noun}: ${outcome.inserted} new, ${outcome.updated} updated, ${outcome.unchanged} unchanged${outcome.written ? "" : " (nothing written)"}`,
    );
    return 0;
  };
}

const COMMANDS: Record<
  string,
  (em: EntityManager, district: District, secret: string) => Promise<number>
> = {
  async "token:create"(em, district, secret) {
    const school = values.school
      ? await em.findOne(School, { district, ncesSchoolId: values.school })
      : null;
    if (values.school && !school)
      fail(`--school: no school of the district has NCES id ${values.school}`);
    const outcome = await createApiToken(em, secret, district.id, {
      name: values.name ?? fail("--name is required"),
      role: oneOf<Role>(values.role, ROLES, "role"),
      scope: oneOf<TokenScope>(values.scope, TOKEN_SCOPES, "scope"),
      days: Number(values.days),
      createdBy: "cli",
      schoolId: school?.id ?? null,
    });
    if (!outcome.ok) fail(outcome.errors.map((e) => e.message).join("\n"));
    console.log(
      `created ${outcome.row.scope} token "${outcome.row.name}" (${outcome.row.role}), expires ${outcome.row.expiresAt.toISOString()}.`,
    );
    console.log("Send it as `Authorization: Bearer <token>`. It is shown only now:");
    console.log(outcome.token);
    return 0;
  },
  async "token:revoke"(em, district) {
    const rows = await em.find(ApiToken, {
      district,
      name: values.name ?? fail("--name is required"),
      revokedAt: null,
    });
    if (!rows.length) fail(`no active token named "${values.name}"`);
    for (const r of rows) r.revokedAt = new Date();
    await em.flush();
    console.log(`revoked "${values.name}"`);
    return 0;
  },
  async "token:list"(em, district) {
    for (const t of await em.find(ApiToken, { district }, { orderBy: { createdAt: "asc" } })) {
      const state = t.revokedAt ? "revoked" : t.expiresAt < new Date() ? "expired" : "active";
      console.log(
        `${t.prefix}…  ${t.name}  ${t.role} ${t.scope}  ${state}  expires ${t.expiresAt.toISOString().slice(0, 10)}  last used ${t.lastUsedAt?.toISOString() ?? "never"}`,
      );
    }
    return 0;
  },
  async "user:create"(em, district) {
    const email = (values.email ?? fail("--email is required")).trim().toLowerCase();
    const role = oneOf<Role>(values.role, ROLES, "role");
    const school = values.school
      ? await em.findOne(School, { district, ncesSchoolId: values.school })
      : null;
    if (role === "SCHOOL_LEADER" && !school)
      fail("a SCHOOL_LEADER needs --school with the NCES id of a school of the district");
    if (await em.count(User, { email })) fail(`${email} already has an account`);
    const password = newSecret().slice(0, 20);
    em.create(User, {
      district,
      email,
      name: values.name ?? email,
      role,
      school,
      passwordHash: await hashPassword(password),
    });
    await em.flush();
    console.log(`created ${email} (${role}). First password, shown only now: ${password}`);
    return 0;
  },
  async "users:remove-demo"(em) {
    const demo = await em.find(User, { demo: true });
    for (const u of demo) em.remove(u);
    await em.flush();
    console.log(`removed ${demo.length} demo user(s)`);
    return 0;
  },
  "schools:import": fileImport("schools keyed by NCES school id", "schools", importSchools),
  "direct-certification:import": fileImport(
    "Georgia's direct-certification file (GOSA, school level), saved as CSV or XLSX",
    "schools",
    importGeorgiaDirectCertification,
  ),
  "awards:import": fileImport(
    "awards with Fiscal Year, Program and Award columns",
    "awards",
    importAwards,
  ),
  "budget-lines:import": fileImport(
    "budget lines with Fiscal Year, Program, Action Step, Description and Amount columns",
    "budget lines",
    importBudgetLines,
  ),
  "positions:import": fileImport(
    "positions from the HR system with Fiscal Year, Position Code, Title, Job Class, FTE and Salary columns",
    "positions",
    importPositions,
  ),
  "school-awards:import": fileImport(
    "the state's awards per school with Fiscal Year, Program, Amount and NCES or State School ID columns",
    "school awards",
    importSchoolAwards,
  ),
  async "audit:verify"(em, _district, secret) {
    const result = await verifyAuditChain(em, secret);
    for (const b of result.broken)
      console.error(`event ${b.sequence} (district ${b.districtId}): ${b.problem}`);
    for (const h of result.heads)
      console.log(`district ${h.districtId}: newest event ${h.sequence}, hash ${h.hash}`);
    console.log(
      result.broken.length
        ? `BROKEN: ${result.broken.length} problem(s) in ${result.checked} events`
        : `ok: ${result.checked} events, every hash and link verified, every district's newest event sealed`,
    );
    return result.broken.length ? 1 : 0;
  },
};

const run = command ? COMMANDS[command] : undefined;
if (!run)
  fail(
    `usage: allot <${Object.keys(COMMANDS).join(" | ")}> [options]; see the comment at the top of src/scripts/allot.ts`,
  );

const secret = readEnv().SESSION_SECRET ?? DEVELOPMENT_SESSION_SECRET;
await runCli({ district: values.district, action: command! }, (em, district) =>
  run(em, district, secret),
);

// The API under load against its peer, in the same run, on the same database: a page of 100
// schools read by 16 concurrent callers with an API token. Every answer is checked. Medians of 5
// rounds (each server in turn), the spread, the ratio; peak resident memory of the API process.
// Rewrites the API section of docs/PERFORMANCE.md. Needs the API built (pnpm bench builds it).
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { performance } from "node:perf_hooks";
import { createOrm, createScratchDatabase, District, migrate, repoRoot, School, seedDemoDistrict } from "@allot/db";
import { generateSchools } from "../generate.js";
import { freePort, startTestServer } from "@allot/db/testing";
import { load, type LoadResult } from "./load.js";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SECONDS = 5;
const CONNECTIONS = 16;
const SECRET = "bench-session-secret-at-least-32-characters";
const QUERY = "query($n: Int) { schools(first: $n) { totalCount pageInfo { hasNextPage endCursor } nodes { id ncesSchoolId name enrollment lowIncome povertyPercent englishLearners studentsWithDisabilities homeless } } }";

const root = repoRoot();
const server = await startTestServer();
const db = await createScratchDatabase(server.adminUrl, "allot_bench");
const children: ChildProcess[] = [];
try {
  const orm = await createOrm({ clientUrl: db.url });
  await migrate(orm);
  await seedDemoDistrict(orm);
  await orm.close();
  const env = { ...process.env, DATABASE_URL: db.url, SESSION_SECRET: SECRET };
  const token = execFileSync(process.execPath, [path.join(root, "apps/api/dist/scripts/allot.js"), "token:create", "--name", "bench", "--role", "VIEWER", "--scope", "READ", "--days", "1"], { env, encoding: "utf8" }).trim().split("\n").at(-1)!;

  const start = async (args: string[], extra: Record<string, string>) => {
    const port = await freePort();
    const child = spawn(process.execPath, args, { env: { ...env, ...extra, PORT: String(port), HOST: "127.0.0.1" }, stdio: ["ignore", "ignore", "inherit"] });
    children.push(child);
    const url = `http://127.0.0.1:${port}/graphql`;
    for (let i = 0; i < 100; i++) {
      try {
        await fetch(url, { method: "POST" });
        return { url, pid: child.pid! };
      } catch {
        await sleep(100);
      }
    }
    throw new Error(`${args.join(" ")} did not start`);
  };
  // Production mode, as deployed; no demo users; rate limits out of the way of the measurement.
  const allot = await start([...(process.env.BENCH_PROFILE ? ["--cpu-prof", "--cpu-prof-dir=/tmp/apiprof"] : []), path.join(root, "apps/api/dist/main.js")], { NODE_ENV: "production", ALLOT_DEMO_SEED: "false", RATE_LIMIT_PER_MINUTE: "100000000" });
  const peer = await start(["--import", "tsx", path.join(root, "tooling/bench/src/api/peer.ts")], {});

  const body = JSON.stringify({ query: QUERY, variables: { n: 100 } });
  const headers = { authorization: `Bearer ${token}` };
  const answer = async (url: string) => JSON.parse(await (await fetch(url, { method: "POST", body, headers: { ...headers, "content-type": "application/json" } })).text()) as { data: { schools: { nodes: unknown[] } } };
  const [a, b] = [await answer(allot.url), await answer(peer.url)];
  if (JSON.stringify(a.data) !== JSON.stringify(b.data)) throw new Error("the peer answers differently: the comparison would be unfair");
  const expected = a.data.schools.nodes.length;
  const check = (status: number, text: string) => status === 200 && !text.includes('"errors"') && (JSON.parse(text) as typeof a).data.schools.nodes.length === expected;

  const run = (url: string, seconds = SECONDS) => load({ url, body, headers, connections: CONNECTIONS, seconds, check });
  await run(allot.url, 2); // warm-up
  await run(peer.url, 2);
  const ours: LoadResult[] = [];
  const theirs: LoadResult[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    ours.push(await run(allot.url));
    theirs.push(await run(peer.url));
  }
  const peakMb = Math.round(Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${allot.pid}/status`, "utf8"))![1]) / 1024);

  // Writes, end to end through the API: import the plan again (in place), and run and save a
  // scenario over a state's worth of schools (the demo district grown to 2,300) x 7 programs.
  const writer = execFileSync(process.execPath, [path.join(root, "apps/api/dist/scripts/allot.js"), "token:create", "--name", "bench-writer", "--role", "ADMINISTRATOR", "--scope", "READ_WRITE", "--days", "1"], { env, encoding: "utf8" }).trim().split("\n").at(-1)!;
  const write = async (query: string, variables: Record<string, unknown>) => {
    const t = performance.now();
    const r = await fetch(allot.url, { method: "POST", body: JSON.stringify({ query, variables }), headers: { "content-type": "application/json", authorization: `Bearer ${writer}` } });
    const text = await r.text();
    if (r.status !== 200 || text.includes('"errors"') || !text.includes('"userErrors":[]')) throw new Error(`write failed: ${text.slice(0, 300)}`);
    return { ms: performance.now() - t, body: JSON.parse(text) as { data: Record<string, { scenario?: { id: string } }> } };
  };
  const planText = readFileSync(path.join(root, "packages/plan-import/samples/clayton-county-dip-fy2022.txt"), "utf8");
  const imports: number[] = [];
  for (let i = 0; i < 5; i++) imports.push((await write("mutation($i: ImportImprovementPlanInput!) { importImprovementPlan(input: $i) { userErrors { message } } }", { i: { fiscalYear: 2022, text: planText } })).ms);
  const grow = await createOrm({ clientUrl: db.url });
  const em = grow.em.fork();
  const district = await em.findOneOrFail(District, { ncesLeaId: "1301230" });
  generateSchools(2_300 - 68, 7).forEach((g, i) => {
    em.create(School, {
      district, ncesSchoolId: `1301230${String(90_000 + i).padStart(5, "0")}`, name: `${g.name} (state scale)`, level: g.level, gradeLow: "K", gradeHigh: "5",
      enrollment: g.enrollment, directCertified: Math.round(g.lowIncome / 1.6), lowIncome: g.lowIncome, englishLearners: g.englishLearners,
      studentsWithDisabilities: g.studentsWithDisabilities, homeless: g.homeless, foster: g.foster, migrant: g.migrant, supportDesignation: g.supportDesignation,
      titleIStatus: "SCHOOLWIDE", servedLastYear: g.servedLastYear ?? false, povertyMeasure: "DIRECT_CERTIFICATION", illustrative: true,
    });
  });
  await em.flush();
  await grow.close();
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const made = await write('mutation { createScenario(input: { fiscalYear: 2022, name: "State-size run", source: EMPTY }) { scenario { id } userErrors { message } } }', {});
    runs.push((await write("mutation($i: ScenarioActionInput!) { runScenario(input: $i) { scenario { id } userErrors { message } } }", { i: { id: made.body.data.createScenario!.scenario!.id } })).ms);
  }
  const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  const cell = (rs: LoadResult[], pick: (r: LoadResult) => number, digits = 0) => {
    const xs = rs.map(pick);
    return `${med(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}-${Math.max(...xs).toFixed(digits)})`;
  };
  const cellOf = (xs: number[]) => `${med(xs).toFixed(0)} ms (${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)})`;
  const failures = [...ours, ...theirs].reduce((s, r) => s + r.failures, 0);
  const writeRows = [
    `| run and save a scenario: 2,300 schools x 7 programs (16,100 allocations with their explanations) | ${cellOf(runs)} | under 2 s |`,
    `| import the District Improvement Plan (2 needs, 13 action steps, 44 links), in place | ${cellOf(imports)} | under 1 s |`,
  ];
  const rows = [
    `| Allot (Apollo + type-graphql + MikroORM) | ${cell(ours, (r) => r.throughput)} | ${cell(ours, (r) => r.p50, 1)} | ${cell(ours, (r) => r.p99, 1)} | ${peakMb} MB |`,
    `| peer (graphql-js + pg, hand-written SQL) | ${cell(theirs, (r) => r.throughput)} | ${cell(theirs, (r) => r.p50, 1)} | ${cell(theirs, (r) => r.p99, 1)} | |`,
  ];
  const ratio = med(ours.map((r) => r.throughput)) / med(theirs.map((r) => r.throughput));
  console.log([...rows, ...writeRows].join("\n"));
  console.log(`ratio ${ratio.toFixed(2)}, failures ${failures}`);
  const section = `<!-- bench:api:start -->
## The API under load, against a peer (\`pnpm bench\`)

${new Date().toISOString().slice(0, 10)}, ${cpus().length} x ${cpus()[0]?.model ?? "cpu"}, Node ${process.version}, loopback, the load generator on the same
machine. One read so far: a page of 100 schools (the demo district's 68) with nine fields, asked
by ${CONNECTIONS} concurrent callers with an API token, ${ROUNDS} rounds of ${SECONDS} s per server taken in turn, after a
warm-up. The peer answers the same query with byte-identical data (checked before measuring) on
plain graphql-js and pg with hand-written SQL, authenticating the same token; Allot runs in
production mode with every layer on (authentication, roles, cost and rate limits, audit context).
Every answer is checked (status 200, no errors, all 68 schools): ${failures} failed. Medians, range in brackets.

| server | requests/s | p50 ms | p99 ms | peak resident memory |
| --- | --- | --- | --- | --- |
${rows.join("\n")}

Allot / peer throughput: **${ratio.toFixed(2)}x** (target at least 0.6x; p99 under 50 ms at 16 connections; memory under 300 MB).

Writes through the API with an administrator's token, end to end (request to answer, the database
transaction included), medians of 5:

| write | time | target |
| --- | --- | --- |
${writeRows.join("\n")}
<!-- bench:api:end -->`;
  const doc = path.join(root, "docs", "PERFORMANCE.md");
  const text = readFileSync(doc, "utf8");
  writeFileSync(doc, text.includes("<!-- bench:api:start -->") ? text.replace(/<!-- bench:api:start -->[\s\S]*<!-- bench:api:end -->/, section) : `${text.trimEnd()}\n\n${section}\n`);
  console.log("updated docs/PERFORMANCE.md");
} finally {
  for (const c of children) c.kill("SIGTERM");
  await sleep(500);
  await db.drop();
  await server.stop();
}

// pnpm bench: the allocation engine at district, state and national scale, and its reallocation
// against the HiGHS solver in the same run. Bounded (a few minutes), no network. Prints a table
// and rewrites the engine section of docs/PERFORMANCE.md.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

import {
  dollars,
  reallocate,
  runScenario,
  type ProgramCode,
  type ScenarioParameters,
} from "@allot/engine";

import { BENCH_WEIGHTS, generateSchools, reallocationProblem } from "./generate.js";
import { reallocateWithHighs } from "./highs.js";

const RUNS = 5;

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, min: s[0]!, max: s.at(-1)! };
}

async function time(fn: () => unknown, runs = RUNS, warmUp = true) {
  if (warmUp) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return stats(samples);
}

function parameters(): ScenarioParameters {
  return {
    titleI: {
      policy: { ppa: { kind: "EVEN" } },
      reservations: {
        familyEngagement: dollars(300_000),
        homeless: dollars(150_000),
        administration: dollars(1_400_000),
      },
    },
    weights: BENCH_WEIGHTS,
    priority: {
      csiTsiBasisPoints: 2000,
      highPovertyBasisPoints: 1000,
      highPovertyThresholdBasisPoints: 7500,
    },
    reallocation: { programs: ["TITLE_II_A", "TITLE_IV_A"], maxLossBasisPoints: 500 },
  };
}

function available(schools: number): Partial<Record<ProgramCode, number>> {
  const scale = schools / 68;
  const per = (d: number) => dollars(Math.round(d * scale));
  return {
    TITLE_I_A: per(29_936_150),
    TITLE_I_A_1003: per(1_850_000),
    TITLE_II_A: per(3_245_600),
    TITLE_III_A: per(812_400),
    TITLE_IV_A: per(2_104_300),
    IDEA_B: per(11_920_500),
    MCKINNEY_VENTO: per(150_000),
  };
}

const scales = [
  { name: "district", schools: 68 },
  { name: "state", schools: 2_300 },
  { name: "nation", schools: 100_000 },
];

function baselineOf(
  schools: ReturnType<typeof generateSchools>,
  money: Partial<Record<ProgramCode, number>>,
) {
  const formula = runScenario({
    schools,
    available: money,
    parameters: { ...parameters(), reallocation: null },
  });
  return Object.fromEntries(
    formula.schools.map((s) => [
      s.schoolId,
      Object.fromEntries(s.programs.map((p) => [p.program, p.amount])),
    ]),
  );
}

async function measureScale(scale: (typeof scales)[number]): Promise<string> {
  const schools = generateSchools(scale.schools, 42);
  const money = available(scale.schools);
  // Baseline: the same scenario without reallocation, as the API does before an adopted budget.
  // (In a function of its own so the formula run's result can be collected once the baseline is read.)
  const baseline = baselineOf(schools, money);
  const scenario = await time(
    () => runScenario({ schools, available: money, parameters: parameters(), baseline }),
    scale.schools > 10_000 ? 3 : RUNS,
  );
  // Peak resident memory of this scale's own process (HiGHS included where it runs).
  const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const problem = reallocationProblem(schools);
  const ours = await time(() => reallocate(problem));
  let highsCell = "not run (too large for the general solver in the time budget)";
  let ratio = "";
  if (scale.schools <= 2_300) {
    let b: number[] = [];
    // The general solver takes tens of seconds at state scale: fewer runs there, no warm-up.
    const theirs = await time(
      async () => (b = await reallocateWithHighs(problem)),
      scale.schools > 100 ? 1 : 3,
      scale.schools <= 100,
    );
    const a = reallocate(problem).schools.map((s) => s.amount);
    const worst = Math.max(...a.map((x, i) => Math.abs(x - b[i]!)));
    const same = a.filter((x, i) => x === b[i]).length;
    highsCell = `${theirs.median.toFixed(1)} ms (${theirs.min.toFixed(1)}-${theirs.max.toFixed(1)}); ${same}/${a.length} schools identical, largest difference ${worst} cent(s)`;
    ratio = `${(theirs.median / ours.median).toFixed(0)}x`;
  }
  return `| ${scale.name} | ${scale.schools.toLocaleString("en-US")} | ${scenario.median.toFixed(1)} ms (${scenario.min.toFixed(1)}-${scenario.max.toFixed(1)}) | ${peakMb} MB | ${ours.median.toFixed(2)} ms (${ours.min.toFixed(2)}-${ours.max.toFixed(2)}) | ${highsCell} | ${ratio} |`;
}

// Each scale runs in a process of its own, so its memory is its own and one scale's garbage (or
// HiGHS's WebAssembly heap) does not count against the next.
const only = process.env.BENCH_SCALE;
if (only) {
  console.log(`ROW ${await measureScale(scales.find((s) => s.name === only)!)}`);
  process.exit(0);
}
const rows: string[] = [];
console.log(
  `machine: ${cpus().length} x ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);
for (const scale of scales) {
  // V8 grows its heap lazily, so an unbounded run's peak says more about the collector than about
  // the engine. The national run gets a 900 MB heap: that it completes shows it fits under 1 GB.
  const limit = scale.schools > 10_000 ? ["--max-old-space-size=900"] : [];
  const child = spawnSync(
    process.execPath,
    [...limit, ...process.execArgv, fileURLToPath(import.meta.url)],
    { env: { ...process.env, BENCH_SCALE: scale.name }, encoding: "utf8", maxBuffer: 1 << 24 },
  );
  const line = child.stdout
    .split("\n")
    .find((l) => l.startsWith("ROW "))
    ?.slice(4);
  if (child.status !== 0 || !line)
    throw new Error(`the ${scale.name} scale failed: ${child.stderr}`);
  rows.push(line);
  console.log(line);
}

const section = `<!-- bench:engine:start -->
## The allocation engine (\`pnpm bench\`)

${new Date().toISOString().slice(0, 10)}, ${cpus().length} x ${cpus()[0]?.model ?? "cpu"}, Node ${process.version}. Deterministic generated schools
(\`tooling/bench/src/generate.ts\`), all seven programs with awards scaled to the school count,
need weights (ED 0.12, EL 0.4, SWD 0.9, homeless 0.25), Title II-A and IV-A reallocated with a 5%
floor. Each scale runs in a process of its own (the national one with a 900 MB heap limit); the
memory column is that process's peak resident size. Medians of ${RUNS} runs after a warm-up (3 at
national scale; HiGHS 3 runs at district scale and a single run at state scale), range in brackets. The
reallocation alone (5% floor, 20% cap) is also solved as a quadratic program by HiGHS
(\`highs\` on npm, WebAssembly) in the same run; "identical" counts schools whose cents match
after the same rounding.

| scale | schools | full scenario (engine) | peak resident memory | reallocation: Allot | reallocation: HiGHS | HiGHS / Allot |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join("\n")}

Targets: 68 schools under 50 ms, 2,300 under 500 ms, 100,000 under 1 s and 600 MB.
<!-- bench:engine:end -->`;

const doc = fileURLToPath(new URL("../../../docs/PERFORMANCE.md", import.meta.url));
const text = readFileSync(doc, "utf8");
const next = text.includes("<!-- bench:engine:start -->")
  ? text.replace(/<!-- bench:engine:start -->[\s\S]*<!-- bench:engine:end -->/, section)
  : `${text.trimEnd()}\n\n${section}\n`;
writeFileSync(doc, next);
console.log("updated docs/PERFORMANCE.md");

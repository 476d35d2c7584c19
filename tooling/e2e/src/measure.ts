// The admin app, measured in headless Chromium against the real platform on a fresh demo database:
// the JavaScript the dashboard loads (gzipped) and the time from navigation to the rendered
// dashboard, cold (a new browser context: nothing cached) and warm. Medians of 7 runs with the
// range. Prints a table and rewrites the admin section of docs/PERFORMANCE.md.
//   pnpm --filter @allot/e2e measure      (part of pnpm bench)
import { readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";

import { repoRoot } from "@allot/db";
import { startTestServer } from "@allot/db/testing";

import { launchBrowser, signIn, startPlatform } from "./platform.js";

const RUNS = 7;
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, min: s[0]!, max: s.at(-1)! };
};

const server = await startTestServer();
const platform = await startPlatform(server.adminUrl);
const browser = await launchBrowser();
try {
  const first = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await first.newPage();
  await signIn(page, platform.url, "director@demo.allot.example");
  const cookies = await first.cookies();

  // What the first page needs: every script the dashboard loads, gzipped as a server would send it.
  const scripts = new Map<string, number>();
  const probe = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await probe.addCookies(cookies);
  const probePage = await probe.newPage();
  probePage.on("response", (r) => {
    if (r.request().resourceType() === "script")
      void r.body().then((b) => scripts.set(new URL(r.url()).pathname, gzipSync(b).length));
  });
  await probePage.goto(`${platform.url}/dashboard/2022`);
  await probePage.getByTestId("dashboard-TITLE_I_A").waitFor();
  await probePage.waitForLoadState("networkidle");
  await probe.close();
  const totalKb = [...scripts.values()].reduce((a, b) => a + b, 0) / 1024;

  const timeOnce = async (warm: boolean) => {
    const context = warm
      ? first
      : await browser.newContext({ viewport: { width: 1280, height: 720 } });
    if (!warm) await context.addCookies(cookies);
    const p = await context.newPage();
    const t = performance.now();
    await p.goto(`${platform.url}/dashboard/2022`);
    await p.getByTestId("dashboard-TITLE_I_A").waitFor();
    await p.locator(".recharts-bar-rectangle").first().waitFor(); // the chart drawn too
    const ms = performance.now() - t;
    await p.close();
    if (!warm) await context.close();
    return ms;
  };
  await timeOnce(false); // warm-up of the server and the database
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < RUNS; i++) cold.push(await timeOnce(false));
  await timeOnce(true);
  for (let i = 0; i < RUNS; i++) warm.push(await timeOnce(true));
  const c = stats(cold);
  const w = stats(warm);
  const chunks = [...scripts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(
      ([name, size]) =>
        `\`${path.basename(name).replace(/-[\w-]{8}\.js$/, ".js")}\` ${(size / 1024).toFixed(1)} kB`,
    )
    .join(", ");
  const rows = [
    `| JavaScript the dashboard loads, gzipped | ${totalKb.toFixed(0)} kB in ${scripts.size} files (${chunks}) | under 500 kB |`,
    `| navigation to a rendered dashboard, cold (empty cache) | ${c.median.toFixed(0)} ms (${c.min.toFixed(0)}-${c.max.toFixed(0)}) | |`,
    `| navigation to a rendered dashboard, warm (cached files) | ${w.median.toFixed(0)} ms (${w.min.toFixed(0)}-${w.max.toFixed(0)}) | |`,
  ];
  console.log(rows.join("\n"));
  const section = `<!-- bench:admin:start -->
## The admin app (\`pnpm bench\`, or \`pnpm --filter @allot/e2e measure\`)

${new Date().toISOString().slice(0, 10)}, ${cpus().length} x ${cpus()[0]?.model ?? "cpu"}, headless Debian Chromium at 1280x720 on loopback, the
platform on an embedded PostgreSQL with the demo district, signed in as the federal programs
director. Each screen is its own chunk; the libraries every page needs are one long-cached
\`vendor\` chunk; charts come with the pages that draw them and spreadsheet export (exceljs) only
when someone exports. Medians of ${RUNS} runs, range in brackets; "rendered" means the program table
and the chart are on the screen.

| measure | result | target |
| --- | --- | --- |
${rows.join("\n")}
<!-- bench:admin:end -->`;
  const doc = path.join(repoRoot(), "docs", "PERFORMANCE.md");
  const text = readFileSync(doc, "utf8");
  writeFileSync(
    doc,
    text.includes("<!-- bench:admin:start -->")
      ? text.replace(/<!-- bench:admin:start -->[\s\S]*<!-- bench:admin:end -->/, section)
      : `${text.trimEnd()}\n\n${section}\n`,
  );
  console.log("updated docs/PERFORMANCE.md");
} finally {
  await browser.close();
  await platform.stop();
  await server.stop();
}

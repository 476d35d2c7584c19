#!/usr/bin/env node
// The README's two commands. Needs only Node.js: installs the pinned pnpm if it is missing, then
// the dependencies, then builds through turbo (cached) and either starts the platform or runs
// every check and test.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const PNPM_VERSION = "10.34.8";
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const mode = process.argv[2];

function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: process.env, ...opts });
  return res.status ?? 1;
}

function quiet(cmd, args) {
  const res = spawnSync(cmd, args, { cwd: root, encoding: "utf8" });
  return res.status === 0 ? res.stdout.trim() : null;
}

function findPnpm() {
  if (quiet("pnpm", ["--version"]) === PNPM_VERSION) return ["pnpm"];
  console.log(`[allot] installing pnpm ${PNPM_VERSION}`);
  if (
    run("npm", ["install", "--global", "--no-fund", "--no-audit", `pnpm@${PNPM_VERSION}`]) === 0 &&
    quiet("pnpm", ["--version"]) === PNPM_VERSION
  ) {
    return ["pnpm"];
  }
  // No permission for a global install: run it through npx instead.
  return ["npx", "--yes", `pnpm@${PNPM_VERSION}`];
}

function pnpm(args) {
  const [cmd, ...pre] = pnpmCmd;
  const status = run(cmd, [...pre, ...args]);
  if (status !== 0) process.exit(status);
}

if (mode !== "start" && mode !== "test") {
  console.error("usage: bootstrap.mjs start|test");
  process.exit(2);
}

const pnpmCmd = findPnpm();
pnpm(["install", "--frozen-lockfile", "--prefer-offline"]);

if (mode === "start") {
  // The admin app depends on the API (its types come from schema.graphql): building it builds both.
  pnpm(["exec", "turbo", "run", "build", "--filter=@allot/admin...", "--output-logs=errors-only"]);
  pnpm(["--filter", "@allot/api", "run", "start"]);
} else {
  ensureChromium();
  pnpm(["exec", "turbo", "run", "build", "typecheck", "lint", "test", "--output-logs=new-only"]);
}

/** Browser tests drive Debian's Chromium; install it when missing and we may (root with apt). */
function ensureChromium() {
  if (
    process.env.CHROMIUM_PATH ||
    quiet("sh", ["-c", "command -v chromium || command -v chromium-browser"])
  )
    return;
  if (process.getuid?.() === 0 && quiet("sh", ["-c", "command -v apt-get"])) {
    console.log("[allot] installing Debian's chromium for the browser tests");
    if (
      run("apt-get", ["update", "-qq"]) === 0 &&
      run("apt-get", ["install", "-y", "-qq", "chromium"]) === 0
    )
      return;
  }
  console.error(
    "[allot] the browser tests need Chromium: install it (apt-get install chromium) or set CHROMIUM_PATH",
  );
  process.exit(1);
}

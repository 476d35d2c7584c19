#!/usr/bin/env node
// The image's build steps without Docker (this machine has a Docker client but no engine), then
// the built result started as the container starts it: the steps of docker/Dockerfile in a
// scratch folder, in order, and `node dist/main.js` from the deployed folder against a real
// PostgreSQL (DATABASE_URL, a scratch database on it), checked for /readyz, the admin app and
// GraphQL, then stopped with SIGTERM. Exits non-zero on any failure.
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const adminUrl = process.env.DATABASE_URL;
if (!adminUrl) {
  console.error(
    "check-image: set DATABASE_URL to a PostgreSQL server to start the built image against",
  );
  process.exit(2);
}
const work = mkdtempSync(path.join(tmpdir(), "allot-image-"));
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, {
    cwd,
    stdio: "inherit",
    env: { ...process.env, CI: "true", TURBO_TELEMETRY_DISABLED: "1" },
  });
const { createScratchDatabase } = await import(path.join(root, "packages/db/dist/index.js"));
const db = await createScratchDatabase(adminUrl, "allot_image");
let child;
try {
  console.log("== turbo prune @allot/api @allot/admin --docker");
  run(
    "pnpm",
    [
      "exec",
      "turbo",
      "prune",
      "@allot/api",
      "@allot/admin",
      "--docker",
      "--out-dir",
      path.join(work, "pruned"),
    ],
    root,
  );
  const app = path.join(work, "app");
  cpSync(path.join(work, "pruned/json"), app, { recursive: true });
  cpSync(path.join(root, ".npmrc"), path.join(app, ".npmrc"));
  console.log("== pnpm install --frozen-lockfile (the pruned lockfile)");
  run("pnpm", ["install", "--frozen-lockfile", "--prefer-offline"], app);
  cpSync(path.join(work, "pruned/full"), app, { recursive: true });
  console.log("== build, pnpm deploy");
  run(
    "pnpm",
    ["exec", "turbo", "run", "build", "--filter=@allot/admin...", "--output-logs=errors-only"],
    app,
  );
  const out = path.join(work, "out");
  run("pnpm", ["deploy", "--filter=@allot/api", "--prod", "--legacy", out], app);
  cpSync(path.join(app, "apps/admin/dist"), path.join(out, "admin"), { recursive: true });
  if (!existsSync(path.join(out, "dist/main.js")))
    throw new Error("the deployed folder has no dist/main.js");

  console.log("== start it as the container does");
  const port = 40_000 + Math.floor(Math.random() * 10_000);
  child = spawn(process.execPath, ["--max-old-space-size=512", "dist/main.js"], {
    cwd: out,
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      ADMIN_DIST: path.join(out, "admin"),
      DATABASE_URL: db.url,
      SESSION_SECRET: "image-check-secret-of-at-least-32-chars",
      ALLOT_DEMO_SEED: "false",
      METRICS_TOKEN: "",
    },
  });
  const base = `http://127.0.0.1:${port}`;
  let ready = false;
  for (let i = 0; i < 150 && !ready; i++) {
    ready = await fetch(`${base}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (!ready) await sleep(200);
  }
  if (!ready) throw new Error("/readyz never answered 200");
  const page = await (await fetch(`${base}/`)).text();
  if (!page.includes('<div id="root">')) throw new Error("the admin app is not served at /");
  const gql = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ signInOptions { password } }" }),
  });
  if (gql.status !== 200) throw new Error(`GraphQL answered ${gql.status}`);
  const exited = new Promise((r) => child.once("exit", (code) => r(code)));
  child.kill("SIGTERM");
  if ((await exited) !== 0) throw new Error("the server did not stop cleanly on SIGTERM");
  console.log("check-image: the image's build steps work, and the result starts, serves and stops");
} finally {
  if (child && child.exitCode === null) child.kill("SIGKILL");
  await db.drop();
  rmSync(work, { recursive: true, force: true });
}

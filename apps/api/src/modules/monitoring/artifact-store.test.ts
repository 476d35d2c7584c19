import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { MonitoringArtifact } from "@allot/db";

import { dataOf, signInAs, startTestApi, type TestApi } from "../../test/api.js";
import { graphql } from "../../test/gql/index.js";
import { DEMO_USERS } from "../auth/demo-users.js";

// An operator's artifact store (ARTIFACT_DIR): the bytes go to the directory, by district and
// hash, the row keeps the rest, and a download checks what it reads back.
let api: TestApi;
let dir: string;

const STEP = graphql(`
  query ArtifactStoreStep {
    stepProgress(fiscalYear: 2022) {
      actionStep {
        id
        label
      }
    }
  }
`);
const RECORD = graphql(`
  mutation ArtifactStoreRecord($input: RecordStepMonitoringInput!) {
    recordStepMonitoring(input: $input) {
      userErrors {
        message
      }
    }
  }
`);
const ATTACH = graphql(`
  mutation ArtifactStoreAttach($input: AttachMonitoringArtifactInput!) {
    attachMonitoringArtifact(input: $input) {
      artifact {
        id
        sha256
      }
      userErrors {
        message
      }
    }
  }
`);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "allot-artifacts-"));
  api = await startTestApi({ app: { artifactDir: dir } });
});
afterAll(async () => {
  await api?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("monitoring artifacts in the operator's store", () => {
  it("writes the bytes to the directory, not the database, and serves them back checked", async () => {
    const director = api.as("FEDERAL_PROGRAMS_DIRECTOR");
    const step = dataOf(await api.gql(STEP)).stepProgress.find(
      (s) => s.actionStep.label === "1.5",
    )!;
    await director(RECORD, {
      input: { actionStepId: step.actionStep.id, window: "MID_YEAR", status: "FULL" },
    });
    const pdf = Buffer.from("%PDF-1.4\n% coaching log\n%%EOF\n");
    const a = dataOf(
      await director(ATTACH, {
        input: {
          actionStepId: step.actionStep.id,
          window: "MID_YEAR",
          fileName: "coaching-log.pdf",
          contentType: "application/pdf",
          contentBase64: pdf.toString("base64"),
        },
      }),
    ).attachMonitoringArtifact.artifact!;
    const [districtDir] = await readdir(dir);
    const file = path.join(dir, districtDir!, a.sha256);
    expect(await readFile(file)).toEqual(pdf);
    expect(await readdir(path.join(dir, districtDir!))).toEqual([a.sha256]); // no temp file left
    const row = await api.orm.em
      .fork()
      .findOneOrFail(MonitoringArtifact, { sha256: a.sha256 }, { populate: ["content"] });
    expect(row.storedIn).toBe("DIRECTORY");
    expect(row.content).toBeNull();

    const cookie = await signInAs(api.url, DEMO_USERS.find((u) => u.role === "VIEWER")!.email);
    const url = `${api.url}/exports/monitoring-artifacts/${a.id}`;
    const res = await fetch(url, { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(pdf);

    // A file changed in the store is not served as if it were the one uploaded.
    await writeFile(file, "%PDF-1.4\n% something else\n");
    const changed = await fetch(url, { headers: { cookie } });
    expect(changed.status).toBe(503);
    expect(
      ((await changed.json()) as { errors: { message: string }[] }).errors[0]!.message,
    ).toMatch(/missing from the artifact store \(or was changed there\)/);
  });
});

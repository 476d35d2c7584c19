import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { dataOf, startTestApi, type TestApi } from "../../test/api.js";
import type { MonitoringWindow } from "../../test/gql/graphql.js";
import { graphql } from "../../test/gql/index.js";

// Progress monitoring of action steps: the director records a window with its evidence and an
// artifact, and sees every step's status beside its money; a viewer reads but cannot record.
let api: TestApi;
let stepId: string;

const RECORD = graphql(`
  mutation MonitoringRecord($input: RecordStepMonitoringInput!) {
    recordStepMonitoring(input: $input) {
      monitoring {
        window
        status
        evidence
        recordedBy
        version
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const ATTACH = graphql(`
  mutation MonitoringAttach($input: AttachMonitoringArtifactInput!) {
    attachMonitoringArtifact(input: $input) {
      artifact {
        id
        fileName
        sizeBytes
        sha256
      }
      userErrors {
        field
        message
      }
    }
  }
`);
const PROGRESS = graphql(`
  query MonitoringProgress {
    stepProgress(fiscalYear: 2022) {
      actionStep {
        id
        label
      }
      budgeted
      windows {
        window
        status
        evidence
        recordedBy
        artifacts {
          id
          fileName
          contentType
        }
      }
    }
  }
`);

const PDF = Buffer.from("%PDF-1.4\n% sign-in sheet\n%%EOF\n");
const director = () => api.as("FEDERAL_PROGRAMS_DIRECTOR");

beforeAll(async () => {
  api = await startTestApi();
  stepId = dataOf(await api.gql(PROGRESS)).stepProgress.find((s) => s.actionStep.label === "1.3")!
    .actionStep.id;
});
afterAll(() => api?.close());

describe("progress monitoring of action steps", () => {
  it("the director records a window with evidence and a PDF, and sees it beside the step's money; the file downloads as sent", async () => {
    const r = dataOf(
      await director()(RECORD, {
        input: {
          actionStepId: stepId,
          window: "MID_YEAR",
          status: "PARTIAL",
          evidence: "Sign-in sheets from four family nights",
        },
      }),
    ).recordStepMonitoring;
    expect(r.userErrors).toEqual([]);
    expect(r.monitoring).toMatchObject({
      window: "MID_YEAR",
      status: "PARTIAL",
      recordedBy: "user:director@demo.allot.example",
    });
    const a = dataOf(
      await director()(ATTACH, {
        input: {
          actionStepId: stepId,
          window: "MID_YEAR",
          fileName: "sign-in.pdf",
          contentType: "application/pdf",
          contentBase64: PDF.toString("base64"),
        },
      }),
    ).attachMonitoringArtifact;
    expect(a.userErrors).toEqual([]);
    expect(a.artifact).toMatchObject({ fileName: "sign-in.pdf", sizeBytes: PDF.length });

    const step = dataOf(await api.as("VIEWER")(PROGRESS)).stepProgress.find(
      (s) => s.actionStep.id === stepId,
    )!;
    expect(Number(step.budgeted)).toBeGreaterThan(0);
    expect(step.windows.find((w) => w.window === "MID_YEAR")).toEqual({
      window: "MID_YEAR",
      status: "PARTIAL",
      evidence: "Sign-in sheets from four family nights",
      recordedBy: "user:director@demo.allot.example",
      artifacts: [{ id: a.artifact!.id, fileName: "sign-in.pdf", contentType: "application/pdf" }],
    });

    const res = await fetch(`${api.url}/exports/monitoring-artifacts/${a.artifact!.id}`, {
      headers: { cookie: await cookieOf("FEDERAL_PROGRAMS_DIRECTOR") },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/pdf");
    expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);
  });

  it("refuses a file that is not what it says, one too large, and one before the window is recorded", async () => {
    const attach = async (window: MonitoringWindow, contentType: string, bytes: Buffer) =>
      dataOf(
        await director()(ATTACH, {
          input: {
            actionStepId: stepId,
            window,
            fileName: "x",
            contentType,
            contentBase64: bytes.toString("base64"),
          },
        }),
      ).attachMonitoringArtifact;
    await director()(RECORD, {
      input: { actionStepId: stepId, window: "END_OF_YEAR", status: "BEGINNING" },
    });
    expect(
      (await attach("END_OF_YEAR", "application/pdf", Buffer.from("<html>"))).userErrors,
    ).toEqual([
      { field: ["input", "contentBase64"], message: "The file is not a application/pdf file." },
    ]);
    expect(
      (await attach("END_OF_YEAR", "application/x-msdownload", PDF)).userErrors[0]!.field,
    ).toEqual(["input", "contentType"]);
    expect(
      (await attach("END_OF_YEAR", "text/plain", Buffer.alloc(1_000_001, 65))).userErrors[0]!
        .message,
    ).toMatch(/^A file is 1 byte to 1,000,000 bytes\.$/);
    const otherStep = dataOf(await api.gql(PROGRESS)).stepProgress.find(
      (s) => s.actionStep.label === "2.1",
    )!.actionStep.id;
    const early = dataOf(
      await director()(ATTACH, {
        input: {
          actionStepId: otherStep,
          window: "MID_YEAR",
          fileName: "log.csv",
          contentType: "text/csv",
          contentBase64: Buffer.from("a,b\n").toString("base64"),
        },
      }),
    ).attachMonitoringArtifact;
    expect(early.userErrors[0]!.field).toEqual(["input", "window"]);
  });

  it("a viewer reads the progress but may not record it", async () => {
    const r = await api.as("VIEWER")(RECORD, {
      input: { actionStepId: stepId, window: "MID_YEAR", status: "FULL" },
    });
    expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

/** A role's session cookie, for a download outside GraphQL. */
async function cookieOf(role: "FEDERAL_PROGRAMS_DIRECTOR"): Promise<string> {
  const { signInAs } = await import("../../test/api.js");
  const { DEMO_USERS } = await import("../auth/demo-users.js");
  return signInAs(api.url, DEMO_USERS.find((u) => u.role === role)!.email);
}

import http from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { startTestApi, type TestApi } from "../../test/api.js";
import { startTracing } from "./tracing.js";

// What operations sees: a line per request, Prometheus metrics, and traces sent to a collector.
// The collector here is a real HTTP server on loopback receiving OTLP/HTTP JSON, as a real
// OpenTelemetry collector would.
interface OtlpSpan {
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  attributes: { key: string; value: { stringValue?: string; intValue?: string | number } }[];
}
const received: OtlpSpan[] = [];
const collector = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
      resourceSpans: { scopeSpans: { spans: OtlpSpan[] }[] }[];
    };
    for (const r of body.resourceSpans) for (const s of r.scopeSpans) received.push(...s.spans);
    res.writeHead(200, { "content-type": "application/json" }).end("{}");
  });
});
const logs: Record<string, unknown>[] = [];
let api: TestApi;
let tracing: ReturnType<typeof startTracing>;

beforeAll(async () => {
  await new Promise<void>((resolve) => collector.listen(0, "127.0.0.1", resolve));
  tracing = startTracing({
    serviceName: "allot-test",
    endpoint: `http://127.0.0.1:${(collector.address() as AddressInfo).port}`,
  });
  api = await startTestApi({
    app: { tracing: true, metricsToken: "metrics-token-for-the-test", log: (e) => logs.push(e) },
  });
});
afterAll(async () => {
  await api?.close();
  await tracing?.shutdown();
  collector.close();
});

const SCHOOLS = "query Schools { schools(first: 5) { nodes { name } } }";

describe("observability", () => {
  it("logs one JSON line per request with the request id the caller got back, the operation and the time", async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "find-me-later-42" },
      body: JSON.stringify({ query: SCHOOLS }),
    });
    expect(res.headers.get("x-request-id")).toBe("find-me-later-42");
    const line = logs.find((l) => l.requestId === "find-me-later-42");
    expect(line).toMatchObject({
      level: "warn",
      message: "graphql",
      operation: "Schools",
      type: "query",
      actor: "anonymous",
      errors: ["UNAUTHENTICATED"],
    });
    expect(typeof line!.ms).toBe("number");
    expect(JSON.parse(JSON.stringify(line))).toEqual(line); // one JSON object
  });

  it("serves Prometheus metrics behind the metrics token: requests by operation, the database pool, the process", async () => {
    await api.as("VIEWER")(SCHOOLS);
    await api.anonymous(SCHOOLS); // refused: counted as an error of its operation
    expect((await fetch(`${api.url}/metrics`)).status).toBe(401);
    const res = await fetch(`${api.url}/metrics`, {
      headers: { authorization: "Bearer metrics-token-for-the-test" },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/plain");
    const text = await res.text();
    expect(text).toMatch(
      /allot_graphql_request_duration_seconds_count\{operation="Schools",type="query",outcome="ok"\} [1-9]/,
    );
    expect(text).toMatch(
      /allot_graphql_errors_total\{operation="Schools",code="UNAUTHENTICATED"\} [1-9]/,
    );
    expect(text).toMatch(/allot_db_pool_connections_max\{pool="primary"\} 10/);
    expect(text).toMatch(/allot_db_pool_connections_idle\{pool="primary"\} \d+/);
    expect(text).toMatch(/allot_process_resident_memory_bytes \d+/);
  });

  it("traces a request from the caller's traceparent through the GraphQL operation to each SQL statement", async () => {
    const traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    const r = await api.as("VIEWER")(
      SCHOOLS,
      {},
      { traceparent: `00-${traceId}-00f067aa0ba902b7-01` },
    );
    expect(r.errors).toBeUndefined();
    await tracing.flush();
    const spans = received.filter((s) => s.traceId === traceId);
    const server = spans.find((s) => s.name === "POST /graphql")!;
    expect(server.parentSpanId).toBe("00f067aa0ba902b7");
    const operation = spans.find((s) => s.name === "graphql query Schools")!;
    expect(operation).toBeDefined();
    const statements = spans.filter((s) => s.name === "db.query");
    expect(statements.length).toBeGreaterThanOrEqual(2); // the session, the page and its count
    expect(statements.every((s) => s.parentSpanId === server.spanId)).toBe(true);
    expect(
      statements.some((s) =>
        s.attributes.some(
          (a) => a.key === "db.query.text" && /from "?school"? /.test(String(a.value.stringValue)),
        ),
      ),
    ).toBe(true);
  });
});

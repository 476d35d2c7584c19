import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { openLoad } from "./load.js";

// A server that answers one request at a time, each after 20 ms: what the open loop must expose.
let url: string;
let served = 0;
const queue: (() => void)[] = [];
let busy = false;
const server = createServer((req, res) => {
  req.resume();
  const answer = () => {
    busy = true;
    setTimeout(() => {
      served++;
      res.end(JSON.stringify({ data: { ok: true } }));
      busy = false;
      queue.shift()?.();
    }, 20);
  };
  if (busy) queue.push(answer);
  else answer();
});

beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe("the open-loop load", () => {
  it("sends every scheduled request without waiting for answers, and times each from its schedule", async () => {
    // 100 a second for 1 s to a server that can answer 50 a second: the loop keeps sending.
    const r = await openLoad({
      url,
      body: "{}",
      headers: {},
      ratePerSecond: 100,
      seconds: 1,
      check: (status, text) => status === 200 && text.includes('"ok":true'),
    });
    expect(r).toMatchObject({ sent: 100, answered: 100, failures: 0 });
    expect(served).toBe(100);
    // The last answers waited behind the others: at least 100 x 20 ms of service for 1 s of
    // arrivals, so the slowest waited at least a second past its schedule.
    expect(r.p99).toBeGreaterThanOrEqual(1000);
  });
});

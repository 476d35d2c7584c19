import { performance } from "node:perf_hooks";

import { Agent, request } from "undici";

export interface LoadResult {
  requests: number;
  throughput: number;
  p50: number;
  p99: number;
  failures: number;
}

/**
 * `connections` callers, each sending the next request as soon as the last is answered, for
 * `seconds`. Every answer is checked by `check` (status, no errors, the expected size); a wrong
 * answer counts as a failure, not as throughput.
 */
export async function load(o: {
  url: string;
  body: string;
  headers: Record<string, string>;
  connections: number;
  seconds: number;
  check: (status: number, text: string) => boolean;
}): Promise<LoadResult> {
  const agent = new Agent({ connections: o.connections, pipelining: 1 });
  const latencies: number[] = [];
  let failures = 0;
  const end = performance.now() + o.seconds * 1000;
  const caller = async () => {
    while (performance.now() < end) {
      const t = performance.now();
      const r = await request(o.url, {
        method: "POST",
        body: o.body,
        headers: { "content-type": "application/json", ...o.headers },
        dispatcher: agent,
      });
      const text = await r.body.text();
      latencies.push(performance.now() - t);
      if (!o.check(r.statusCode, text)) failures++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: o.connections }, caller));
  const elapsed = (performance.now() - started) / 1000;
  await agent.close();
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    requests: latencies.length,
    throughput: (latencies.length - failures) / elapsed,
    p50: at(0.5),
    p99: at(0.99),
    failures,
  };
}

export interface OpenLoadResult {
  /** Requests scheduled (rate x seconds), all sent whether or not earlier ones were answered. */
  sent: number;
  answered: number;
  /** Milliseconds from each request's scheduled send time to its answer: queueing counts. */
  p50: number;
  p99: number;
  failures: number;
}

/**
 * An open loop: requests leave at a fixed arrival rate for `seconds`, each at its scheduled
 * time however many are still waiting, and latency is measured from that scheduled time, so a
 * server that falls behind shows it (a closed loop stops sending while it waits, and hides it).
 * Unanswered requests count as failures after `seconds` + 10 s.
 */
export async function openLoad(o: {
  url: string;
  body: string;
  headers: Record<string, string>;
  ratePerSecond: number;
  seconds: number;
  check: (status: number, text: string) => boolean;
}): Promise<OpenLoadResult> {
  const total = Math.round(o.ratePerSecond * o.seconds);
  const interval = 1000 / o.ratePerSecond;
  // Enough sockets that the client never queues what the server could take.
  const agent = new Agent({ connections: 512, pipelining: 1 });
  const latencies: number[] = [];
  let failures = 0;
  const pending: Promise<void>[] = [];
  const send = (scheduled: number) =>
    request(o.url, {
      method: "POST",
      body: o.body,
      headers: { "content-type": "application/json", ...o.headers },
      dispatcher: agent,
      headersTimeout: (o.seconds + 10) * 1000,
      bodyTimeout: (o.seconds + 10) * 1000,
    })
      .then(async (r) => {
        const text = await r.body.text();
        latencies.push(performance.now() - scheduled);
        if (!o.check(r.statusCode, text)) failures++;
      })
      .catch(() => {
        failures++;
      });
  const start = performance.now();
  let next = 0;
  while (next < total) {
    const now = performance.now();
    // Every request whose time has come leaves now, each timed from its own schedule.
    while (next < total && start + next * interval <= now) {
      pending.push(send(start + next * interval));
      next++;
    }
    if (next < total)
      await new Promise((r) => setTimeout(r, Math.max(0, start + next * interval - now)));
  }
  await Promise.all(pending);
  await agent.close();
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { sent: total, answered: latencies.length, p50: at(0.5), p99: at(0.99), failures };
}

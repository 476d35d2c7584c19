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

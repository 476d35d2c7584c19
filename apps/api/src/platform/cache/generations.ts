import pg from "pg";

import { CHANGE_CHANNEL } from "@allot/db";

/**
 * How many times each district's data has changed, as this process has heard. A cached answer is
 * kept under the generation it was read at, so a change makes it unreachable at once; nothing has
 * to find and delete it.
 */
export class Generations {
  private all = 0;
  private readonly districts = new Map<string, number>();
  /** False while no one is listening for changes: then nothing may be served from the cache. */
  live = false;

  /** The district's current generation, or null when changes cannot be heard. */
  of(districtId: string): string | null {
    return this.live ? `${this.all}.${this.districts.get(districtId) ?? 0}` : null;
  }

  /** A district changed ('*': every district, or one we cannot name). */
  bump(districtId: string): void {
    if (districtId === "*") this.all++;
    else this.districts.set(districtId, (this.districts.get(districtId) ?? 0) + 1);
  }
}

export interface ChangeListener {
  stop(): Promise<void>;
}

/**
 * Listens for the database's change notices (the triggers of @allot/db change-notices.ts) on a
 * connection of its own, and bumps each named district. While the connection is down the cache is
 * off; on reconnecting everything is dropped, since notices sent meanwhile were lost.
 */
export function listenForChanges(
  connectionString: string,
  generations: Generations,
  log: (entry: Record<string, unknown>) => void,
): ChangeListener {
  let client: pg.Client | null = null;
  let stopped = false;
  let retryMs = 250;
  let timer: NodeJS.Timeout | null = null;

  const lost = (c: pg.Client, why: string) => {
    if (client !== c) return; // already handled ('error' and 'end' both come)
    client = null;
    generations.live = false;
    if (stopped) return;
    log({ level: "warn", message: `response cache off until changes can be heard again: ${why}` });
    timer = setTimeout(() => void connect(), retryMs);
    retryMs = Math.min(retryMs * 2, 30_000);
  };
  const connect = async () => {
    const c = new pg.Client({ connectionString, application_name: "allot-change-listener" });
    c.on("notification", (n) => {
      if (n.channel === CHANGE_CHANNEL) generations.bump(n.payload || "*");
    });
    c.on("error", (e) => lost(c, e.message));
    c.on("end", () => lost(c, "connection closed"));
    client = c;
    try {
      await c.connect();
      await c.query(`listen ${CHANGE_CHANNEL}`);
    } catch (e) {
      lost(c, (e as Error).message);
      void c.end().catch(() => undefined);
      return;
    }
    if (stopped) return void c.end().catch(() => undefined);
    generations.bump("*"); // whatever changed while no one listened
    generations.live = true;
    retryMs = 250;
  };
  void connect();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      generations.live = false;
      const c = client;
      client = null;
      await c?.end().catch(() => undefined);
    },
  };
}

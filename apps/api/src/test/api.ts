import type { AddressInfo } from "node:net";
import { inject } from "vitest";
import { createOrm, migrate, type MikroORM, seedDemoDistrict } from "@allot/db";
import { createTestDatabase } from "@allot/db/testing";
import { createApp } from "../app.js";

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface TestApi {
  url: string;
  orm: MikroORM;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** The real API over HTTP on a fresh database seeded with the demo district. */
export async function startTestApi(o: { seed?: boolean } = {}): Promise<TestApi> {
  const db = await createTestDatabase(inject("adminUrl"));
  const orm = await createOrm({ clientUrl: db.url });
  await migrate(orm);
  if (o.seed !== false) await seedDemoDistrict(orm);
  const { server, apollo } = await createApp({ orm, adminDist: "/nonexistent" });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    orm,
    async gql<T>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
      const res = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as GraphQLResponse<T>;
      return { ...body, status: res.status };
    },
    async close() {
      await apollo.stop();
      await orm.close();
      await db.drop();
    },
  };
}

/** Throws with the errors when a response has any; returns its data. */
export function dataOf<T>(r: GraphQLResponse<T>): T {
  if (r.errors?.length || !r.data) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
  return r.data;
}

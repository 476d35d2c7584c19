import { ApolloGateway, IntrospectAndCompose, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { dataOf, startTestApi, type TestApi } from "./api.js";

// Allot as an Apollo Federation 2 subgraph, composed by a real gateway with a second subgraph: a
// small student information system that extends School (keyed by NCES id) with an attendance
// rate, and whose students point at Allot's schools. The gateway passes each caller's API token
// on to both.
const SIS = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type School @key(fields: "ncesSchoolId") { ncesSchoolId: String! attendanceRate: Float! }
  type Student { id: ID! name: String! school: School! }
  type Query { students: [Student!]! }
`);
const attendance = (nces: string) => 90 + (Number(nces.slice(-2)) % 10) / 2;

let api: TestApi;
let token = "";
const servers: ApolloServer<{ authorization?: string }>[] = [];
let gatewayUrl = "";

beforeAll(async () => {
  api = await startTestApi();
  const made = dataOf(
    await api.gql<{ createApiToken: { token: string } }>(
      'mutation { createApiToken(input: { name: "Gateway", role: VIEWER, scope: READ }) { token userErrors { message } } }',
    ),
  );
  token = made.createApiToken.token;

  const sis = new ApolloServer({
    schema: buildSubgraphSchema({
      typeDefs: SIS,
      resolvers: {
        School: {
          __resolveReference: (ref: { ncesSchoolId: string }) => ({
            ncesSchoolId: ref.ncesSchoolId,
            attendanceRate: attendance(ref.ncesSchoolId),
          }),
        },
        Query: {
          students: () => [
            { id: "st-1", name: "A. Student", school: { ncesSchoolId: "130123000001" } },
            { id: "st-2", name: "B. Student", school: { ncesSchoolId: "130123000002" } },
          ],
        },
      },
    }),
  });
  servers.push(sis);
  const { url: sisUrl } = await startStandaloneServer(sis, {
    listen: { port: 0, host: "127.0.0.1" },
  });

  const gateway = new ApolloGateway({
    supergraphSdl: new IntrospectAndCompose({
      subgraphs: [
        { name: "allot", url: `${api.url}/graphql` },
        { name: "sis", url: sisUrl },
      ],
      introspectionHeaders: { authorization: `Bearer ${token}` },
    }),
    buildService: ({ url }) =>
      new RemoteGraphQLDataSource<{ authorization?: string }>({
        url,
        willSendRequest({ request, context }) {
          const authorization = (context as { authorization?: string }).authorization;
          if (authorization) request.http?.headers.set("authorization", authorization);
        },
      }),
  });
  const server = new ApolloServer<{ authorization?: string }>({ gateway });
  servers.push(server);
  ({ url: gatewayUrl } = await startStandaloneServer(server, {
    listen: { port: 0, host: "127.0.0.1" },
    context: async ({ req }) => ({ authorization: req.headers.authorization }),
  }));
});
afterAll(async () => {
  for (const s of servers.reverse()) await s.stop();
  await api?.close();
});

async function throughGateway<T>(query: string, authorization = `Bearer ${token}`) {
  const res = await fetch(gatewayUrl, {
    method: "POST",
    headers: { "content-type": "application/json", authorization },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as {
    data?: T;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}

describe("Allot as a federated subgraph", () => {
  it("answers Allot's schools extended with the other subgraph's field, through the gateway", async () => {
    const r = await throughGateway<{
      schools: { nodes: { ncesSchoolId: string; name: string; attendanceRate: number }[] };
    }>("{ schools(first: 3) { nodes { ncesSchoolId name attendanceRate } } }");
    expect(r.errors).toBeUndefined();
    expect(r.data!.schools.nodes).toHaveLength(3);
    for (const s of r.data!.schools.nodes) {
      expect(s.name).toMatch(/School|Academy/);
      expect(s.attendanceRate).toBe(attendance(s.ncesSchoolId));
    }
  });

  it("resolves the other subgraph's references to schools by NCES id, in the caller's district", async () => {
    const r = await throughGateway<{
      students: {
        name: string;
        school: { ncesSchoolId: string; name: string; enrollment: number };
      }[];
    }>("{ students { name school { ncesSchoolId name enrollment } } }");
    expect(r.errors).toBeUndefined();
    const names = dataOf(
      await api.gql<{ schools: { nodes: { ncesSchoolId: string; name: string }[] } }>(
        "{ schools(first: 2) { nodes { ncesSchoolId name } } }",
      ),
    ).schools.nodes;
    expect(r.data!.students.map((s) => s.school.name)).toEqual(names.map((n) => n.name));
    expect(r.data!.students.every((s) => s.school.enrollment > 0)).toBe(true);
  });

  it("refuses the Allot part without a valid token, as Allot itself does", async () => {
    const r = await throughGateway(
      "{ schools(first: 1) { nodes { name } } }",
      "Bearer not-a-token",
    );
    expect(r.data ?? null).toBeNull();
    expect(JSON.stringify(r.errors)).toMatch(/401|not valid|UNAUTHENTICATED/);
  });
});

// The peer for the API benchmark: the smallest server that answers the same query with the same
// JSON, on plain graphql-js and pg with hand-written SQL, authenticating the same Bearer token.
// No ORM, no type-graphql, no plugins: what Allot's layers are measured against.
//   DATABASE_URL=... SESSION_SECRET=... PORT=... node --import tsx src/api/peer.ts
import { createHmac } from "node:crypto";
import http from "node:http";
import { buildSchema, graphql } from "graphql";
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const secret = process.env.SESSION_SECRET ?? "";

const schema = buildSchema(`
  type School { id: ID! ncesSchoolId: String! name: String! enrollment: Int! lowIncome: Int! povertyPercent: String! englishLearners: Int! studentsWithDisabilities: Int! homeless: Int! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type SchoolConnection { totalCount: Int! pageInfo: PageInfo! nodes: [School!]! }
  type Query { schools(first: Int, after: String): SchoolConnection! }
`);

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`, "utf8").toString("base64url");
const cursor = (value: string) => Buffer.from(`cursor:${value}`, "utf8").toString("base64url");

interface Row { id: string; nces_school_id: string; name: string; enrollment: number; low_income: number; english_learners: number; students_with_disabilities: number; homeless: number }

const root = {
  async schools(args: { first?: number; after?: string }, ctx: { districtId: string }) {
    const first = Math.min(Math.max(args.first ?? 50, 1), 100);
    const after = args.after ? Buffer.from(args.after, "base64url").toString("utf8").slice("cursor:".length) : "";
    const [page, total] = await Promise.all([
      pool.query<Row>(`select id, nces_school_id, name, enrollment, low_income, english_learners, students_with_disabilities, homeless from school where district_id = $1 and nces_school_id > $2 order by nces_school_id limit $3`, [ctx.districtId, after, first + 1]),
      pool.query<{ n: number }>(`select count(*)::int as n from school where district_id = $1`, [ctx.districtId]),
    ]);
    const rows = page.rows.slice(0, first);
    return {
      totalCount: total.rows[0]!.n,
      pageInfo: { hasNextPage: page.rows.length > first, endCursor: rows.length ? cursor(rows.at(-1)!.nces_school_id) : null },
      nodes: rows.map((r) => ({
        id: globalId("School", r.id),
        ncesSchoolId: r.nces_school_id,
        name: r.name,
        enrollment: r.enrollment,
        lowIncome: r.low_income,
        povertyPercent: r.enrollment > 0 ? ((r.low_income * 100) / r.enrollment).toFixed(2) : "0.00",
        englishLearners: r.english_learners,
        studentsWithDisabilities: r.students_with_disabilities,
        homeless: r.homeless,
      })),
    };
  },
};

http
  .createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      void (async () => {
        const token = /^Bearer (\S+)$/.exec(req.headers.authorization ?? "")?.[1] ?? "";
        const hash = createHmac("sha256", secret).update(token).digest("hex");
        const who = await pool.query<{ district_id: string }>(`select district_id from api_token where token_hash = $1 and revoked_at is null and expires_at > now()`, [hash]);
        if (!who.rows[0]) {
          res.writeHead(401, { "content-type": "application/json" }).end(JSON.stringify({ errors: [{ message: "unauthenticated" }] }));
          return;
        }
        const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { query: string; variables?: Record<string, unknown> };
        const result = await graphql({ schema, source: body.query, rootValue: root, contextValue: { districtId: who.rows[0].district_id }, variableValues: body.variables ?? null });
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(result));
      })().catch((e: unknown) => res.writeHead(500).end(String(e)));
    });
  })
  .listen(Number(process.env.PORT), "127.0.0.1", () => console.log("peer ready"));

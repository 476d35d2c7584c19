// Property-based: previewAllocation with schools and money a caller makes up, and district files
// with rows a person could type, answer a clear user error or a correct answer, never a 500.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { dataOf, startTestApi, type TestApi } from "../../test/api.js";
import { graphql } from "../../test/gql/index.js";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const cents = (s: string) => Math.round(Number(s) * 100);
const money = (c: number) =>
  `${c < 0 ? "-" : ""}${Math.floor(Math.abs(c) / 100)}.${String(Math.abs(c) % 100).padStart(2, "0")}`;
const internal = (r: { status: number; errors?: { extensions?: Record<string, unknown> }[] }) =>
  r.status >= 500 || (r.errors ?? []).some((e) => e.extensions?.code === "INTERNAL_SERVER_ERROR");

const PREVIEW = graphql(`
  mutation InputPropertiesPreview($input: PreviewAllocationInput!) {
    previewAllocation(input: $input) {
      result {
        programs {
          available
          reserved
          toSchools
          unallocated
          reservations {
            amount
          }
        }
        compliance {
          status
          missing
        }
        notChecked
        allPass
        failures
      }
      schools {
        key
        total
        titleI {
          served
          perChild
          publicAmount
          privateAmount
          lowIncomeChildren
          rank
        }
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

/** Mostly what a caller means to send, sometimes what they should not (9:1; per school 99:1, there are many). */
const mostly = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<T>, odds = 9) =>
  fc.oneof({ weight: odds, arbitrary: good }, { weight: 1, arbitrary: bad });

const school = fc
  .record({
    key: mostly(
      fc.constant<string | null>(null),
      fc.constantFrom("", " ", "x".repeat(101), "dup"),
      99,
    ),
    name: mostly(fc.stringMatching(/^[A-Z][a-z]{0,10}$/), fc.constant(""), 99),
    level: fc.constantFrom("ELEMENTARY", "MIDDLE", "HIGH", "OTHER"),
    enrollment: mostly(fc.integer({ min: 0, max: 3000 }), fc.constant(-2), 99),
    share: fc.double({ min: 0, max: 1.02, noNaN: true }),
    privateLowIncome: mostly(fc.integer({ min: 0, max: 60 }), fc.constant(-1), 99),
  })
  .map(({ share, ...s }) => ({ ...s, lowIncome: Math.floor(Math.max(0, s.enrollment) * share) }));
/** Each school its own key unless the run gave it a bad one. */
const schools = mostly(
  fc.array(school, { minLength: 1, maxLength: 25 }),
  fc.array(school, { maxLength: 0 }),
).map((list) => list.map((s, i) => ({ ...s, key: s.key ?? `s${i}` })));

const policy = fc.oneof(
  fc.constant({ kind: "EVEN" as const }),
  mostly(fc.integer({ min: 1, max: 200_000 }), fc.constantFrom(-100, 0)).map((c) => ({
    kind: "SINGLE" as const,
    perChild: money(c),
  })),
  fc
    .array(
      fc.record({
        minPovertyPercent: fc.integer({ min: 0, max: 100 }),
        perChild: fc.integer({ min: 0, max: 150_000 }).map(money),
      }),
      { minLength: 1, maxLength: 4 },
    )
    .map((bands) => ({ kind: "BANDS" as const, bands })),
);

describe("previewAllocation with made-up schools and money", () => {
  it("answers a user error naming a field, or a split that adds up to the cent; never a 500", async () => {
    const finance = api.as("FINANCE_ANALYST");
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(
        schools,
        mostly(fc.integer({ min: 0, max: 500_000_000 }), fc.constant(-100)),
        fc.integer({ min: 0, max: 50_000_000 }),
        policy,
        fc.record({
          familyEngagement: fc.integer({ min: 0, max: 5_000_000 }),
          administration: fc.integer({ min: 0, max: 20_000_000 }),
        }),
        fc.boolean(),
        async (schools, allocation, carryover, ppa, res, inShare) => {
          const r = await finance(PREVIEW, {
            input: {
              fiscalYear: 2022,
              schools,
              awards: [
                {
                  program: "TITLE_I_A",
                  allocation: money(allocation),
                  carryover: money(carryover),
                },
              ],
              parameters: {
                titleI: {
                  ppa,
                  privateChildrenInSchoolShare: inShare,
                  reservations: {
                    familyEngagement: money(res.familyEngagement),
                    administration: money(res.administration),
                  },
                },
              },
            },
          });
          expect(internal(r), JSON.stringify(r.errors)).toBe(false);
          const p = dataOf(r).previewAllocation;
          if (p.userErrors.length) {
            expect(p.result).toBeNull();
            for (const e of p.userErrors) {
              expect(e.field[0]).toBe("input");
              expect(e.message.length).toBeGreaterThan(5);
            }
            return;
          }
          answered++;
          const [t] = p.result!.programs;
          // Every cent accounted for: reserved (the items shown) + to schools + unallocated = allocation + carryover.
          expect(cents(t!.reserved) + cents(t!.toSchools) + cents(t!.unallocated)).toBe(
            allocation + carryover,
          );
          expect(t!.reservations.reduce((a, x) => a + cents(x.amount), 0)).toBe(cents(t!.reserved));
          expect(p.schools.reduce((a, s) => a + cents(s.total), 0)).toBe(cents(t!.toSchools));
          for (const s of p.schools) {
            const ti = s.titleI!;
            expect(cents(ti.publicAmount) + cents(ti.privateAmount)).toBe(cents(s.total));
            if (!ti.served) expect(cents(s.total)).toBe(0);
          }
          // "Every rule passes" never with a failure or an unchecked rule.
          if (p.result!.allPass) expect(p.result!.failures + p.result!.notChecked).toBe(0);
          for (const c of p.result!.compliance)
            if (c.status === "NOT_CHECKED") expect(c.missing).toBeTruthy();
        },
      ),
      { numRuns: 60, seed: 19960411 },
    );
    // Enough runs got past the checks to the engine for the properties to mean something.
    expect(answered).toBeGreaterThan(20);
  }, 120_000);
});

const IMPORT = graphql(`
  mutation InputPropertiesImport($i: ImportSchoolsInput!) {
    importSchools(input: $i) {
      rows
      inserted
      updated
      unchanged
      written
      changes {
        row
        field
      }
      problems {
        row
        column
        message
      }
      userErrors {
        field
        message
      }
    }
  }
`);
const HEADER =
  "NCES School ID,School Name,Level,Grade Low,Grade High,Enrollment,Direct Certified,English Learners";

/** A cell as a person might type it: a number, a money-like or thousands-separated text, blank, or junk. */
const cell = fc.oneof(
  fc.integer({ min: -5, max: 5000 }).map(String),
  fc.constantFrom(
    "",
    " ",
    "1,000",
    "1,0,0",
    "12.5",
    "=1+1",
    "N/A",
    '"quoted, comma"',
    "0x10",
    "1e3",
  ),
  fc.stringMatching(/^[A-Za-z ]{0,12}$/),
);
const row = fc.tuple(
  fc.oneof(
    fc.integer({ min: 1, max: 99_999 }).map((n) => `1301230${String(n).padStart(5, "0")}`),
    fc.constantFrom("130123000001", "12345", "", "999999999999"),
  ),
  fc.stringMatching(/^[A-Z][a-z]{0,12}$/),
  fc.constantFrom("E", "M", "H", "ELEMENTARY", "X", ""),
  fc.constantFrom("PK", "K", "1", "6", "9", "13", ""),
  fc.constantFrom("5", "8", "12", "K", ""),
  cell,
  cell,
  cell,
);

describe("the schools file with rows a person could type", () => {
  it("answers every problem at its row and column, or counts that add up; never a 500 and never a write on a check", async () => {
    const finance = api.as("FINANCE_ANALYST");
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 30 }), async (rows) => {
        const csv = `${HEADER}\n${rows.map((r) => r.map((c) => (c.includes(",") && !c.startsWith('"') ? `"${c}"` : c)).join(",")).join("\n")}\n`;
        const r = await finance(IMPORT, {
          i: {
            fileName: "schools.csv",
            contentBase64: Buffer.from(csv).toString("base64"),
            dryRun: true,
          },
        });
        expect(internal(r), JSON.stringify(r.errors)).toBe(false);
        const out = dataOf(r).importSchools;
        expect(out.written).toBe(false);
        if (out.problems.length) {
          for (const p of out.problems) {
            expect(p.message.length).toBeGreaterThan(5);
            if (p.row !== null) expect(p.row).toBeGreaterThanOrEqual(2);
          }
          expect(out.changes).toEqual([]);
        } else {
          expect(out.inserted + out.updated + out.unchanged).toBe(out.rows);
          for (const c of out.changes) expect(c.row).toBeGreaterThanOrEqual(2);
        }
      }),
      { numRuns: 60, seed: 2022 },
    );
    // A check writes nothing: the district still has its 68 schools.
    expect(
      dataOf(
        await api.gql(
          graphql(`
            query InputPropertiesSchools {
              schools(first: 1) {
                totalCount
              }
            }
          `),
        ),
      ).schools.totalCount,
    ).toBe(68);
  }, 120_000);
});

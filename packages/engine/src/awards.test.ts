import { describe, expect, it } from "vitest";

import { awardChangeProblems, transferProblems } from "./awards.js";

describe("award changes", () => {
  it("may not leave budgeted money uncovered", () => {
    const award = { amount: 1000, carryoverIn: 0, transfersIn: 0, transfersOut: 0 };
    expect(awardChangeProblems(award, 1000)).toEqual([]);
    expect(awardChangeProblems({ ...award, amount: 999 }, 1000)[0]).toMatchObject({
      field: "amount",
      code: "BELOW_BUDGETED",
    });
    expect(awardChangeProblems({ ...award, amount: 900, carryoverIn: 100 }, 1000)).toEqual([]);
    expect(awardChangeProblems({ ...award, amount: -1 }, 0)[0]).toMatchObject({ code: "NEGATIVE" });
  });
});

describe("ESEA 5103 transfers", () => {
  it("lets Title IV-A move unbudgeted money into Title I-A", () => {
    expect(
      transferProblems({ from: "TITLE_IV_A", to: "TITLE_I_A", amount: 500, senderUnbudgeted: 500 }),
    ).toEqual([]);
  });

  it("refuses other senders, other receivers, more than is unbudgeted, and nothing at all", () => {
    expect(
      transferProblems({ from: "TITLE_I_A", to: "TITLE_II_A", amount: 1, senderUnbudgeted: 9 })[0],
    ).toMatchObject({ field: "from", code: "TRANSFER_NOT_ALLOWED" });
    expect(
      transferProblems({ from: "TITLE_II_A", to: "IDEA_B", amount: 1, senderUnbudgeted: 9 })[0],
    ).toMatchObject({ field: "to", code: "TRANSFER_NOT_ALLOWED" });
    expect(
      transferProblems({ from: "TITLE_II_A", to: "TITLE_I_A", amount: 10, senderUnbudgeted: 9 })[0],
    ).toMatchObject({ field: "amount", code: "OVER_AWARD" });
    expect(
      transferProblems({ from: "TITLE_II_A", to: "TITLE_I_A", amount: 0, senderUnbudgeted: 9 })[0],
    ).toMatchObject({ code: "NOT_POSITIVE" });
  });
});

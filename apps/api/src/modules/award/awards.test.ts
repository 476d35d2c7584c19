import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { dataOf, startTestApi, type TestApi } from "../../test/api.js";
import type { TransferFundsInput, UserErrorCode } from "../../test/gql/graphql.js";
import { graphql } from "../../test/gql/index.js";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const AWARDS = graphql(`
  query Awards {
    awards(fiscalYear: 2022) {
      id
      version
      amount
      carryoverIn
      transfersIn
      transfersOut
      available
      fundingSource {
        code
      }
    }
  }
`);
const REMAINING = graphql(`
  query ProgramsRemaining {
    fundingByActionStep(fiscalYear: 2022) {
      programs {
        fundingSource {
          code
        }
        remaining
      }
    }
  }
`);
const TRANSFERS = graphql(`
  query Transfers {
    transfers(fiscalYear: 2022) {
      id
    }
  }
`);
const STEPS = graphql(`
  query PlanSteps {
    improvementPlan(fiscalYear: 2022) {
      needs {
        actionSteps {
          id
          label
        }
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation UpdateAward($input: UpdateAwardInput!) {
    updateAward(input: $input) {
      award {
        amount
        available
        version
        notes
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const TRANSFER = graphql(`
  mutation TransferFunds($input: TransferFundsInput!) {
    transferFunds(input: $input) {
      transfer {
        id
        amount
        from {
          code
        }
        to {
          code
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
const UNDO = graphql(`
  mutation DeleteTransfer($input: DeleteTransferInput!) {
    deleteTransfer(input: $input) {
      deletedTransferId
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const CREATE_LINE = graphql(`
  mutation CreateBudgetLine($input: CreateBudgetLineInput!) {
    createBudgetLine(input: $input) {
      budgetLine {
        id
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const award = async (code: string) =>
  dataOf(await api.gql(AWARDS)).awards.find((a) => a.fundingSource.code === code)!;
const remaining = async (code: string) =>
  dataOf(await api.gql(REMAINING)).fundingByActionStep!.programs.find(
    (p) => p.fundingSource.code === code,
  )!.remaining;

describe("awards", () => {
  it("records the grant award notice, with a version check", async () => {
    const a = await award("TITLE_III_A");
    const r = dataOf(
      await api.gql(UPDATE, {
        input: {
          id: a.id,
          expectedVersion: a.version,
          amount: "830000.00",
          notes: "GAN 2021-07-01",
        },
      }),
    ).updateAward;
    expect(r.userErrors).toEqual([]);
    expect(r.award).toMatchObject({
      amount: "830000.00",
      version: a.version + 1,
      notes: "GAN 2021-07-01",
    });
    const stale = dataOf(
      await api.gql(UPDATE, {
        input: { id: a.id, expectedVersion: a.version, amount: "1.00" },
      }),
    ).updateAward;
    expect(stale.userErrors[0]).toMatchObject({
      field: ["input", "expectedVersion"],
      code: "CONFLICT",
    });
  });

  it("refuses an award below what is already budgeted, and a negative one", async () => {
    const a = await award("IDEA_B");
    const low = dataOf(
      await api.gql(UPDATE, {
        input: { id: a.id, amount: "1000.00" },
      }),
    ).updateAward;
    expect(low.userErrors[0]).toMatchObject({ field: ["input", "amount"], code: "BELOW_BUDGETED" });
    const negative = dataOf(
      await api.gql(UPDATE, {
        input: { id: a.id, carryoverIn: "-1.00" },
      }),
    ).updateAward;
    expect(negative.userErrors[0]).toMatchObject({
      field: ["input", "carryoverIn"],
      code: "NEGATIVE",
    });
    expect(await award("IDEA_B")).toEqual(a);
  });
});

describe("ESEA 5103 transfers", () => {
  it("moves unbudgeted Title IV-A money into Title I-A and both awards show it", async () => {
    const [iv, i] = [await award("TITLE_IV_A"), await award("TITLE_I_A")];
    const r = dataOf(
      await api.gql(TRANSFER, {
        input: { fiscalYear: 2022, from: "TITLE_IV_A", to: "TITLE_I_A", amount: "100000.00" },
      }),
    ).transferFunds;
    expect(r.userErrors).toEqual([]);
    const [iv2, i2] = [await award("TITLE_IV_A"), await award("TITLE_I_A")];
    expect(iv2.transfersOut).toBe("100000.00");
    expect(i2.transfersIn).toBe("100000.00");
    expect(Number(iv.available) - Number(iv2.available)).toBe(100000);
    expect(Number(i2.available) - Number(i.available)).toBe(100000);
    const undo = dataOf(
      await api.gql(UNDO, {
        input: { id: r.transfer!.id },
      }),
    ).deleteTransfer;
    expect(undo.userErrors).toEqual([]);
    expect(await award("TITLE_IV_A")).toMatchObject({
      transfersOut: "0.00",
      available: iv.available,
    });
  });

  it("refuses what ESEA 5103 does not allow, naming the field", async () => {
    type Transfer = Pick<TransferFundsInput, "from" | "to"> & { amount?: string };
    const cases: [Transfer, string, UserErrorCode][] = [
      [{ from: "TITLE_I_A", to: "TITLE_II_A" }, "from", "TRANSFER_NOT_ALLOWED"],
      [{ from: "TITLE_III_A", to: "TITLE_I_A" }, "from", "TRANSFER_NOT_ALLOWED"],
      [{ from: "TITLE_II_A", to: "IDEA_B" }, "to", "TRANSFER_NOT_ALLOWED"],
      [{ from: "TITLE_IV_A", to: "MCKINNEY_VENTO" }, "to", "TRANSFER_NOT_ALLOWED"],
      [{ from: "TITLE_II_A", to: "TITLE_I_A", amount: "0" }, "amount", "NOT_POSITIVE"],
      [{ from: "TITLE_II_A", to: "TITLE_I_A", amount: "3245600.00" }, "amount", "OVER_AWARD"],
    ];
    const transfers = async () => dataOf(await api.gql(TRANSFERS)).transfers;
    const before = await transfers();
    for (const [input, field, code] of cases) {
      const r = dataOf(
        await api.gql(TRANSFER, {
          input: { fiscalYear: 2022, amount: "10.00", ...input },
        }),
      ).transferFunds;
      expect(r.transfer, JSON.stringify(input)).toBeNull();
      expect(r.userErrors, JSON.stringify(input)).toContainEqual(
        expect.objectContaining({ field: ["input", field], code }),
      );
    }
    expect(await transfers()).toEqual(before);
  });

  it("cannot undo a transfer the receiver has budgeted", async () => {
    const t = dataOf(
      await api.gql(TRANSFER, {
        input: { fiscalYear: 2022, from: "TITLE_II_A", to: "TITLE_III_A", amount: "50000.00" },
      }),
    ).transferFunds;
    const left = await remaining("TITLE_III_A");
    const plan = dataOf(await api.gql(STEPS));
    const step = plan.improvementPlan!.needs[0]!.actionSteps.find((s) => s.label === "1.2")!;
    const line = dataOf(
      await api.gql(CREATE_LINE, {
        input: {
          fiscalYear: 2022,
          program: "TITLE_III_A",
          actionStepId: step.id,
          amount: left,
          description: "Uses the transferred money",
        },
      }),
    ).createBudgetLine;
    expect(line.userErrors).toEqual([]);
    const undo = dataOf(
      await api.gql(UNDO, {
        input: { id: t.transfer!.id },
      }),
    ).deleteTransfer;
    expect(undo.deletedTransferId).toBeNull();
    expect(undo.userErrors[0]).toMatchObject({ field: ["input", "id"], code: "BELOW_BUDGETED" });
  });
});

import { Arg, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";

import { Award, FiscalYear, SchoolAward, Transfer } from "@allot/db";
import { PROGRAM_CODES } from "@allot/engine";

import { refOf } from "../../common/global-id.js";
import { payload } from "../../common/user-error.js";
import type { Context } from "../../context.js";
import { Allow } from "../../platform/auth/roles.js";
import { deleteTransfer, moneyByProgram, transferFunds, updateAward } from "./award.service.js";
import {
  AwardPayload,
  AwardType,
  DeleteTransferInput,
  DeleteTransferPayload,
  SchoolAwardType,
  toAwardType,
  toSchoolAwardType,
  toTransferType,
  TransferFundsInput,
  TransferPayload,
  TransferType,
  UpdateAwardInput,
} from "./award.type.js";

@Resolver()
export class AwardResolver {
  @Query(() => [AwardType], {
    description: "Each program's award for a fiscal year, in statute order.",
  })
  async awards(
    @Ctx() ctx: Context,
    @Arg("fiscalYear", () => Int, { description: "Fiscal year, e.g. 2022." }) fiscalYear: number,
  ): Promise<AwardType[]> {
    const fy = await ctx.em.findOne(FiscalYear, { district: ctx.districtId, year: fiscalYear });
    if (!fy) return [];
    const money = await moneyByProgram(ctx.em, ctx.districtId, fy.id);
    return PROGRAM_CODES.flatMap((code) => {
      const m = money.get(code);
      return m ? [toAwardType(fiscalYear, m)] : [];
    });
  }

  @Query(() => [TransferType], {
    description: "ESEA 5103 transfers of a fiscal year, oldest first.",
  })
  async transfers(
    @Ctx() ctx: Context,
    @Arg("fiscalYear", () => Int, { description: "Fiscal year, e.g. 2022." }) fiscalYear: number,
  ): Promise<TransferType[]> {
    const rows = await ctx.em.find(
      Transfer,
      { district: ctx.districtId, fiscalYear: { year: fiscalYear } },
      {
        populate: ["fiscalYear", "fromSource", "toSource"],
        orderBy: { createdAt: "asc", id: "asc" },
      },
    );
    return rows.map(toTransferType);
  }

  @Query(() => [SchoolAwardType], {
    description:
      "The state's awards to single schools in a fiscal year (1003 school improvement), by school. A school leader sees their school's.",
  })
  async schoolAwards(
    @Ctx() ctx: Context,
    @Arg("fiscalYear", () => Int, { description: "Fiscal year, e.g. 2022." }) fiscalYear: number,
  ): Promise<SchoolAwardType[]> {
    const only = ctx.principal?.schoolId;
    const rows = await ctx.em.find(
      SchoolAward,
      {
        district: ctx.districtId,
        fiscalYear: { year: fiscalYear },
        ...(only ? { school: only } : {}),
      },
      { populate: ["fiscalYear", "fundingSource", "school"], orderBy: { school: { name: "asc" } } },
    );
    return rows.map(toSchoolAwardType);
  }

  @Allow(["ADMINISTRATOR", "FINANCE_ANALYST"])
  @Mutation(() => AwardPayload, {
    description:
      "Changes an award (amount, carryover, notes, the fund and program codes it is booked to). Refused when budget lines would exceed what it makes available.",
  })
  async updateAward(
    @Ctx() ctx: Context,
    @Arg("input", () => UpdateAwardInput, { description: "The changes." }) input: UpdateAwardInput,
  ): Promise<AwardPayload> {
    const outcome = await updateAward(
      ctx.em,
      ctx.districtId,
      refOf(input.id, "Award"),
      input.expectedVersion,
      {
        ...(input.amount != null ? { amount: input.amount } : {}),
        ...(input.carryoverIn != null ? { carryoverIn: input.carryoverIn } : {}),
        ...(input.notes !== undefined ? { notes: input.notes } : {}),
        ...(input.preschool != null ? { preschool: input.preschool } : {}),
        ...(input.fundCode != null ? { fundCode: input.fundCode } : {}),
        ...(input.programCode != null ? { programCode: input.programCode } : {}),
      },
    );
    return payload(AwardPayload, "award", outcome, async (id) => {
      ctx.em.clear();
      const award = await ctx.em.findOneOrFail(Award, id, { populate: ["fiscalYear"] });
      const money = await moneyByProgram(ctx.em, ctx.districtId, award.fiscalYear.id);
      const m = [...money.values()].find((x) => x.award.id === award.id)!;
      return toAwardType(award.fiscalYear.year, m);
    });
  }

  @Allow(["ADMINISTRATOR", "FINANCE_ANALYST"])
  @Mutation(() => TransferPayload, {
    description:
      "Records an ESEA 5103 transfer from Title II-A or IV-A into a program 5103(b) allows, out of money not yet budgeted.",
  })
  async transferFunds(
    @Ctx() ctx: Context,
    @Arg("input", () => TransferFundsInput, { description: "The transfer." })
    input: TransferFundsInput,
  ): Promise<TransferPayload> {
    const outcome = await transferFunds(ctx.em, ctx.districtId, input);
    return payload(TransferPayload, "transfer", outcome, async (transfer) => {
      await ctx.em.populate(transfer, ["fiscalYear", "fromSource", "toSource"]);
      return toTransferType(transfer);
    });
  }

  @Allow(["ADMINISTRATOR", "FINANCE_ANALYST"])
  @Mutation(() => DeleteTransferPayload, {
    description: "Undoes a transfer, unless the receiving program has budgeted the money.",
  })
  async deleteTransfer(
    @Ctx() ctx: Context,
    @Arg("input", () => DeleteTransferInput, { description: "The transfer." })
    input: DeleteTransferInput,
  ): Promise<DeleteTransferPayload> {
    const outcome = await deleteTransfer(ctx.em, ctx.districtId, refOf(input.id, "Transfer"));
    return payload(DeleteTransferPayload, "deletedTransferId", outcome, (id) => id);
  }
}

import type { FilterQuery } from "@mikro-orm/core";
import { GraphQLError } from "graphql";
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";

import { BudgetLine } from "@allot/db";
import type { BudgetUse, IdeaSubgrant } from "@allot/engine";

import { CURSOR_SHAPES, decodeCursor, pageSize, toConnection } from "../../common/connection.js";
import { BudgetLineStatusEnum, ProgramCodeEnum } from "../../common/enums.js";
import { idOfType, refOf } from "../../common/global-id.js";
import { payload } from "../../common/user-error.js";
import type { Context } from "../../context.js";
import { Allow } from "../../platform/auth/roles.js";
import {
  approveBudgetLine,
  BUDGET_LINE_POPULATE,
  createBudgetLine,
  deleteBudgetLine,
  updateBudgetLine,
  type SchoolAuthor,
} from "./budget-line.service.js";
import {
  BudgetLineConnection,
  BudgetLinePayload,
  CreateBudgetLineInput,
  DeleteBudgetLineInput,
  DeleteBudgetLinePayload,
  toBudgetLineType,
  UpdateBudgetLineInput,
} from "./budget-line.type.js";

/** An ISO 8601 time an integration sends, or a clear error naming the argument. */
function sinceOf(text: string): Date {
  const at =
    /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:\d{2}))?$/.test(text)
      ? new Date(text)
      : null;
  if (!at || Number.isNaN(at.getTime()))
    throw new GraphQLError(
      'Argument "updatedSince" must be an ISO 8601 time, e.g. 2022-07-01T00:00:00Z.',
      { extensions: { code: "BAD_USER_INPUT", argument: "updatedSince" } },
    );
  return at;
}

/** Fields an update sets when present and clears when null. */
const CLEARABLE = [
  "functionCode",
  "objectCode",
  "use",
  "subgrant",
  "quantity",
  "unitPrice",
  "vendor",
  "narrative",
  "priorApproval",
] as const;

const definedOf = <T extends object, K extends keyof T>(input: T, keys: readonly K[]) =>
  Object.fromEntries(keys.filter((k) => input[k] !== undefined).map((k) => [k, input[k]]));

/** A school leader writes drafts for their own school; everyone else writes the budget. */
const authorOf = (ctx: Context): SchoolAuthor | null =>
  ctx.principal?.role === "SCHOOL_LEADER" && ctx.principal.schoolId
    ? { schoolId: ctx.principal.schoolId, actor: ctx.principal.label }
    : null;

@Resolver()
export class BudgetLineResolver {
  @Query(() => BudgetLineConnection, {
    description:
      "Budget lines of a fiscal year, at most 100 a page, in a stable order for paging (by id); newestFirst gives the latest first page instead.",
  })
  async budgetLines(
    @Ctx() ctx: Context,
    @Arg("fiscalYear", () => Int, { description: "Fiscal year, e.g. 2022." }) fiscalYear: number,
    @Arg("actionStepId", () => ID, {
      nullable: true,
      description: "Only lines of this action step.",
    })
    actionStepId?: string | null,
    @Arg("program", () => ProgramCodeEnum, {
      nullable: true,
      description: "Only lines of this program.",
    })
    program?: string | null,
    @Arg("functionCode", () => String, {
      nullable: true,
      description: "Only lines with this function code of the state's chart.",
    })
    functionCode?: string | null,
    @Arg("objectCode", () => String, {
      nullable: true,
      description: "Only lines with this object code of the state's chart.",
    })
    objectCode?: string | null,
    @Arg("schoolId", () => ID, {
      nullable: true,
      description: "Only lines at this school (global id).",
    })
    schoolId?: string | null,
    @Arg("status", () => BudgetLineStatusEnum, {
      nullable: true,
      description:
        "Only lines of this status, e.g. DRAFT for school leaders' lines awaiting approval.",
    })
    status?: string | null,
    @Arg("updatedSince", () => String, {
      nullable: true,
      description:
        "Only lines changed at or after this time (ISO 8601, e.g. 2022-07-01T00:00:00Z), for integrations that sync.",
    })
    updatedSince?: string | null,
    @Arg("first", () => Int, { nullable: true, description: "Page size, 1-100 (default 50)." })
    first?: number | null,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after." })
    after?: string | null,
    @Arg("newestFirst", () => Boolean, {
      nullable: true,
      description:
        "The most recently added lines first, one page only (for a screen showing what was just added); not with after.",
    })
    newestFirst?: boolean | null,
  ): Promise<BudgetLineConnection> {
    if (newestFirst && after)
      throw new GraphQLError("newestFirst gives one page: page through with after instead.", {
        extensions: { code: "BAD_USER_INPUT" },
      });
    const limit = pageSize(first);
    const where: FilterQuery<BudgetLine> = {
      district: ctx.districtId,
      fiscalYear: { year: fiscalYear },
    };
    // A school leader sees district-wide lines and their own school's, no other school's.
    if (ctx.principal?.schoolId) where.$or = [{ school: null }, { school: ctx.principal.schoolId }];
    if (actionStepId)
      where.actionStep =
        idOfType(actionStepId, "ActionStep") ?? "00000000-0000-0000-0000-000000000000";
    if (program) where.fundingSource = { code: program as BudgetLine["fundingSource"]["code"] };
    if (functionCode) where.functionCode = functionCode;
    if (objectCode) where.objectCode = objectCode;
    if (schoolId) {
      const id = idOfType(schoolId, "School") ?? "00000000-0000-0000-0000-000000000000";
      where.$and = [{ school: id }];
    }
    if (updatedSince) where.updatedAt = { $gte: sinceOf(updatedSince) };
    if (status) where.status = status as BudgetLine["status"];
    const page: FilterQuery<BudgetLine> = after
      ? { $and: [where, { id: { $gt: decodeCursor(after, CURSOR_SHAPES.uuid) } }] }
      : where;
    const [rows, totalCount] = await Promise.all([
      ctx.em.find(BudgetLine, page, {
        orderBy: newestFirst ? { createdAt: "desc", id: "desc" } : { id: "asc" },
        limit: limit + 1,
        populate: BUDGET_LINE_POPULATE,
      }),
      ctx.em.count(BudgetLine, where),
    ]);
    return toConnection(
      new BudgetLineConnection(),
      rows,
      limit,
      after,
      totalCount,
      (l) => l.id,
      toBudgetLineType,
    );
  }

  @Allow(["ADMINISTRATOR", "FEDERAL_PROGRAMS_DIRECTOR", "SCHOOL_LEADER"])
  @Mutation(() => BudgetLinePayload, {
    description:
      "Budgets an amount of one program to one action step. Refused with userErrors, writing nothing, when the program does not fund the step, the amount is not positive, or the program has not that much left. A school leader's line is a DRAFT at their own school, refused (OVER_ENVELOPE) beyond the school's allocation in the adopted budget, until the director approves it (approveBudgetLine).",
  })
  async createBudgetLine(
    @Ctx() ctx: Context,
    @Arg("input", () => CreateBudgetLineInput, { description: "The new line." })
    input: CreateBudgetLineInput,
  ): Promise<BudgetLinePayload> {
    const outcome = await createBudgetLine(
      ctx.em,
      ctx.districtId,
      {
        fiscalYear: input.fiscalYear,
        program: input.program,
        actionStep: refOf(input.actionStepId, "ActionStep"),
        school: input.schoolId == null ? null : refOf(input.schoolId, "School"),
        amount: input.amount ?? null,
        description: input.description,
        accountCode: input.accountCode ?? null,
        functionCode: input.functionCode ?? null,
        objectCode: input.objectCode ?? null,
        use: (input.use as BudgetUse | null | undefined) ?? null,
        subgrant: (input.subgrant as IdeaSubgrant | null | undefined) ?? null,
        quantity: input.quantity ?? null,
        unitPrice: input.unitPrice ?? null,
        vendor: input.vendor ?? null,
        narrative: input.narrative ?? null,
        priorApproval: input.priorApproval ?? null,
      },
      authorOf(ctx),
    );
    return payload(BudgetLinePayload, "budgetLine", outcome, toBudgetLineType);
  }

  @Allow(["ADMINISTRATOR", "FEDERAL_PROGRAMS_DIRECTOR", "SCHOOL_LEADER"])
  @Mutation(() => BudgetLinePayload, {
    description:
      "Changes a budget line under the same rules as createBudgetLine (a school leader only their school's drafts); a stale expectedVersion is refused with CONFLICT.",
  })
  async updateBudgetLine(
    @Ctx() ctx: Context,
    @Arg("input", () => UpdateBudgetLineInput, { description: "The changes." })
    input: UpdateBudgetLineInput,
  ): Promise<BudgetLinePayload> {
    const outcome = await updateBudgetLine(
      ctx.em,
      ctx.districtId,
      refOf(input.id, "BudgetLine"),
      input.expectedVersion,
      {
        ...(input.program != null ? { program: input.program } : {}),
        ...(input.actionStepId != null
          ? { actionStep: refOf(input.actionStepId, "ActionStep") }
          : {}),
        ...(input.schoolId !== undefined
          ? { school: input.schoolId === null ? null : refOf(input.schoolId, "School") }
          : {}),
        ...(input.amount != null ? { amount: input.amount } : {}),
        ...(input.description != null ? { description: input.description } : {}),
        ...(input.accountCode !== undefined ? { accountCode: input.accountCode } : {}),
        ...definedOf(input, CLEARABLE),
      },
      authorOf(ctx),
    );
    return payload(BudgetLinePayload, "budgetLine", outcome, toBudgetLineType);
  }

  @Allow(["ADMINISTRATOR", "FEDERAL_PROGRAMS_DIRECTOR"])
  @Mutation(() => BudgetLinePayload, {
    description:
      "Approves a school leader's draft line: it becomes part of the budget. Refused when it is approved already or no longer fits the school's allocation in the adopted budget.",
  })
  async approveBudgetLine(
    @Ctx() ctx: Context,
    @Arg("input", () => DeleteBudgetLineInput, { description: "The draft line." })
    input: DeleteBudgetLineInput,
  ): Promise<BudgetLinePayload> {
    const outcome = await approveBudgetLine(
      ctx.em,
      ctx.districtId,
      refOf(input.id, "BudgetLine"),
      input.expectedVersion,
    );
    return payload(BudgetLinePayload, "budgetLine", outcome, toBudgetLineType);
  }

  @Allow(["ADMINISTRATOR", "FEDERAL_PROGRAMS_DIRECTOR", "SCHOOL_LEADER"])
  @Mutation(() => DeleteBudgetLinePayload, {
    description:
      "Deletes a budget line (a school leader only their school's drafts); a stale expectedVersion is refused with CONFLICT.",
  })
  async deleteBudgetLine(
    @Ctx() ctx: Context,
    @Arg("input", () => DeleteBudgetLineInput, { description: "The line to delete." })
    input: DeleteBudgetLineInput,
  ): Promise<DeleteBudgetLinePayload> {
    const outcome = await deleteBudgetLine(
      ctx.em,
      ctx.districtId,
      refOf(input.id, "BudgetLine"),
      input.expectedVersion,
      authorOf(ctx),
    );
    return payload(DeleteBudgetLinePayload, "deletedBudgetLineId", outcome, (id) => id);
  }
}

import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";

import type { AccountString } from "@allot/engine";

import { requestLoader } from "../../common/loaders.js";
import type { Context } from "../../context.js";
import { accountCoder, type AccountCoder } from "../budget/account-string.js";
import { AccountStringType } from "../budget/budget.type.js";
import { BudgetLineType } from "./budget-line.type.js";

/** One coder per fiscal year a request's lines are in: a page of lines costs two reads, not two per line. */
function coders(ctx: Context) {
  return requestLoader<string, AccountCoder | null>(ctx, "account-coders", (keys) =>
    Promise.all(
      keys.map((key) => {
        const [id, year] = key.split("|");
        return accountCoder(ctx.em, ctx.districtId, { id: id!, year: Number(year) });
      }),
    ),
  );
}

@Resolver(() => BudgetLineType)
export class BudgetLineFieldsResolver {
  @FieldResolver(() => AccountStringType, {
    nullable: true,
    description:
      "The line's full account string in the state's chart, and the segments still to enter; null when Allot has no chart for the district's state.",
  })
  async account(@Root() line: BudgetLineType, @Ctx() ctx: Context): Promise<AccountString | null> {
    const coder = await coders(ctx).load(`${line.fiscalYearRef.id}|${line.fiscalYearRef.year}`);
    return coder
      ? coder({
          fundingSourceId: line.fundingSourceRef,
          functionCode: line.functionCode,
          objectCode: line.objectCode,
          atSchool: line.school !== null,
          stateSchoolId: line.school?.stateSchoolId,
        })
      : null;
  }
}

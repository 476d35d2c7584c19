import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { type UserError, userError, UserErrorCode } from "../../common/user-error.js";
import { importSchools } from "./school-import.service.js";
import { FileProblemType, ImportSchoolsInput, ImportSchoolsPayload } from "./school-import.type.js";

@Resolver()
export class SchoolImportResolver {
  @Mutation(() => ImportSchoolsPayload, {
    description:
      "Imports the district's schools and their counts from its own CSV or XLSX file: the whole file is checked first and every problem reported by row and column; then schools are added or updated by NCES id in one transaction. Re-importing updates instead of duplicating.",
  })
  async importSchools(@Ctx() ctx: Context, @Arg("input", () => ImportSchoolsInput, { description: "The file." }) input: ImportSchoolsInput): Promise<ImportSchoolsPayload> {
    const payload: ImportSchoolsPayload = Object.assign(new ImportSchoolsPayload(), { problems: [], rows: 0, inserted: 0, updated: 0, unchanged: 0, written: false, userErrors: [] as UserError[] });
    if (!/^[A-Za-z0-9+/=\s]*$/.test(input.contentBase64)) {
      payload.userErrors = [userError("contentBase64", "The content is not base64.", UserErrorCode.INVALID)];
      return payload;
    }
    const outcome = await importSchools(ctx.em, ctx.districtId, { name: input.fileName, bytes: Buffer.from(input.contentBase64, "base64") }, input.dryRun ?? false);
    Object.assign(payload, outcome, { problems: outcome.problems.map((p) => Object.assign(new FileProblemType(), p)) });
    if (outcome.problems.length) {
      const n = outcome.problems.length;
      payload.userErrors = [userError("contentBase64", `The file has ${n} problem${n === 1 ? "" : "s"}; see problems. Nothing was written.`, UserErrorCode.INVALID)];
    }
    return payload;
  }
}

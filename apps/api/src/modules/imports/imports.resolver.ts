import type { EntityManager } from "@mikro-orm/postgresql";
import { Arg, Ctx, Mutation, Resolver } from "type-graphql";

import { problem } from "../../common/problem.js";
import type { Context } from "../../context.js";
import { Allow } from "../../platform/auth/roles.js";
import { importAwards } from "./awards.import.js";
import { importBudgetLines } from "./budget-lines.import.js";
import { importGeorgiaDirectCertification } from "./direct-certification.import.js";
import type { DistrictFile, ImportOutcome } from "./file-import.js";
import {
  DistrictFileInput,
  FieldChangeType,
  FileImportPayload,
  FileProblemType,
  ImportSchoolsInput,
  ImportSchoolsPayload,
} from "./imports.type.js";
import { importPositions } from "./positions.import.js";
import { importSchoolAwards } from "./school-awards.import.js";
import { importSchools } from "./schools.import.js";

type Importer = (
  em: EntityManager,
  districtId: string,
  file: DistrictFile,
  dryRun: boolean,
) => Promise<ImportOutcome>;

/** Decodes the upload, runs the import, and says in one user error why nothing was written. */
async function run<P extends FileImportPayload>(
  payload: P,
  ctx: Context,
  input: DistrictFileInput,
  importer: Importer,
): Promise<P> {
  Object.assign(payload, {
    problems: [],
    rows: 0,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    changes: [],
    written: false,
    userErrors: [],
  });
  if (!/^[A-Za-z0-9+/=\s]*$/.test(input.contentBase64)) {
    payload.userErrors = [problem("contentBase64", "The content is not base64.", "INVALID")];
    return payload;
  }
  const outcome = await importer(
    ctx.em,
    ctx.districtId,
    {
      name: input.fileName,
      bytes: Buffer.from(input.contentBase64, "base64"),
      encoding: input.encoding ?? undefined,
    },
    input.dryRun ?? false,
  );
  Object.assign(payload, outcome, {
    problems: outcome.problems.map((p) => Object.assign(new FileProblemType(), p)),
    changes: (outcome.problems.length ? [] : (outcome.changes ?? [])).map((c) =>
      Object.assign(new FieldChangeType(), c),
    ),
  });
  if (outcome.problems.length) {
    const n = outcome.problems.length;
    payload.userErrors = [
      problem(
        "contentBase64",
        `The file has ${n} problem${n === 1 ? "" : "s"}; see problems. Nothing was written.`,
        "INVALID",
      ),
    ];
  }
  return payload;
}

const FILE = { description: "The file." };

@Resolver()
export class ImportsResolver {
  @Allow(["ADMINISTRATOR", "FINANCE_ANALYST"])
  @Mutation(() => ImportSchoolsPayload, {
    description:
      "Imports the district's schools and their counts from its own CSV or XLSX file: the whole file is checked first and every problem reported by row and column; then schools are added or updated by NCES id in one transaction. Re-importing updates instead of duplicating.",
  })
  async importSchools(
    @Ctx() ctx: Context,
    @Arg("input", () => ImportSchoolsInput, FILE) input: ImportSchoolsInput,
  ): Promise<ImportSchoolsPayload> {
    return run(new ImportSchoolsPayload(), ctx, input, importSchools);
  }

  @Allow(["ADMINISTRATOR", "FINANCE_ANALYST"])
  @Mutation(() => FileImportPayload, {
    description:
      "Updates the schools' direct-certification counts from Georgia's statewide file as GOSA publishes it (school level, FY2020 or later; its .xls as published, or saved as CSV or XLSX): the district's rows are matched to its schools by state school id; low-income counts follow where the poverty measure is direct certification.",
  })
  async importGeorgiaDirectCertification(
    @Ctx() ctx: Context,
    @Arg("input", () => DistrictFileInput, FILE) input: DistrictFileInput,
  ): Promise<FileImportPayload> {
    return run(new FileImportPayload(), ctx, input, importGeorgiaDirectCertification);
  }

  @Allow(["ADMINISTRATOR", "FINANCE_ANALYST"])
  @Mutation(() => FileImportPayload, {
    description:
      "Imports awards per program and fiscal year (columns Fiscal Year, Program, Award, optional Carryover and Notes). A program's award for a year is updated when it exists; no award may drop below what its budget lines take.",
  })
  async importAwards(
    @Ctx() ctx: Context,
    @Arg("input", () => DistrictFileInput, FILE) input: DistrictFileInput,
  ): Promise<FileImportPayload> {
    return run(new FileImportPayload(), ctx, input, importAwards);
  }

  @Allow(["ADMINISTRATOR", "FEDERAL_PROGRAMS_DIRECTOR"])
  @Mutation(() => FileImportPayload, {
    description:
      "Imports budget lines (columns Fiscal Year, Program, Action Step like 1.3, Description, Amount, optional NCES School ID and Account Code), checked as lines typed in the app are: the program must fund the step, and a program's lines stay within what it has. A line is known by year, program, step, school and account code; re-importing updates it.",
  })
  async importBudgetLines(
    @Ctx() ctx: Context,
    @Arg("input", () => DistrictFileInput, FILE) input: DistrictFileInput,
  ): Promise<FileImportPayload> {
    return run(new FileImportPayload(), ctx, input, importBudgetLines);
  }

  @Allow(["ADMINISTRATOR", "FINANCE_ANALYST"])
  @Mutation(() => FileImportPayload, {
    description:
      "Imports positions from the HR system's file (columns Fiscal Year, Position Code, Title, Job Class, FTE, Salary, optional NCES School ID, Status and Person). A position is known by year and code: re-importing updates it, keeps its funding shares and rewrites its salary and benefit lines; a change that would overspend a program is refused whole.",
  })
  async importPositions(
    @Ctx() ctx: Context,
    @Arg("input", () => DistrictFileInput, FILE) input: DistrictFileInput,
  ): Promise<FileImportPayload> {
    return run(new FileImportPayload(), ctx, input, importPositions);
  }

  @Allow(["ADMINISTRATOR", "FINANCE_ANALYST"])
  @Mutation(() => FileImportPayload, {
    description:
      "Imports the state's awards to single schools, such as Georgia's 1003 school improvement allocations (columns Fiscal Year, Program, Amount and NCES School ID or State School ID). A school's award for a year and program is updated when it exists; it may not drop below what the school's lines of that program take. The budget compliance report judges each school's 1003 lines against its award.",
  })
  async importSchoolAwards(
    @Ctx() ctx: Context,
    @Arg("input", () => DistrictFileInput, FILE) input: DistrictFileInput,
  ): Promise<FileImportPayload> {
    return run(new FileImportPayload(), ctx, input, importSchoolAwards);
  }
}

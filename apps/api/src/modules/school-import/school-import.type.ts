import { Field, InputType, Int, ObjectType } from "type-graphql";
import { UserError } from "../../common/user-error.js";

@InputType({ description: "A district's schools file to import: CSV or XLSX, keyed by NCES school id." })
export class ImportSchoolsInput {
  @Field({ description: 'File name; its extension says the format: ".csv" or ".xlsx".' })
  fileName!: string;

  @Field({ description: "The file's bytes, base64-encoded (up to about 700 kB of file: 10,000 schools as CSV)." })
  contentBase64!: string;

  @Field({ nullable: true, description: "Check the file and count what would change, writing nothing (default false)." })
  dryRun?: boolean;
}

@ObjectType({ description: "A problem in an imported file, where its author can find it." })
export class FileProblemType {
  @Field(() => Int, { nullable: true, description: "Spreadsheet row: 1 is the header, the first school is 2. Null for the file as a whole." })
  row!: number | null;

  @Field(() => String, { nullable: true, description: "The column's header as written in the file." })
  column!: string | null;

  @Field({ description: "What is wrong." })
  message!: string;
}

@ObjectType({ description: "Result of importSchools." })
export class ImportSchoolsPayload {
  @Field(() => [FileProblemType], { description: "Every problem in the file, by row and column; when there is any, nothing was written." })
  problems!: FileProblemType[];

  @Field(() => Int, { description: "Schools in the file." })
  rows!: number;

  @Field(() => Int, { description: "Schools added (or that would be, on a dry run)." })
  inserted!: number;

  @Field(() => Int, { description: "Known schools (by NCES id) whose counts changed." })
  updated!: number;

  @Field(() => Int, { description: "Known schools the file leaves as they are." })
  unchanged!: number;

  @Field({ description: "Whether anything was written (false on a dry run, with problems, or with nothing to change)." })
  written!: boolean;

  @Field(() => [UserError], { description: "Why the import was refused; nothing was written when not empty." })
  userErrors!: UserError[];
}

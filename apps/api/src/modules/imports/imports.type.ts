import { Field, InputType, Int, registerEnumType } from "type-graphql";

import { ObjectType } from "../../common/object-type.js";
import { UserError } from "../../common/user-error.js";

/** The text encodings a CSV may be read in (district-files' TEXT_ENCODINGS). */
export enum TextEncodingEnum {
  UTF_8 = "utf-8",
  WINDOWS_1252 = "windows-1252",
  ISO_8859_1 = "iso-8859-1",
}
registerEnumType(TextEncodingEnum, {
  name: "TextEncoding",
  description: "A CSV file's text encoding.",
});

@InputType({ description: "A file of the district's to import: CSV, XLSX or XLS." })
export class DistrictFileInput {
  @Field({ description: 'File name; its extension says the format: ".csv" or ".xlsx".' })
  fileName!: string;

  @Field({
    description:
      "The file's bytes, base64-encoded (up to about 1.5 MB of file: 10,000 schools as CSV).",
  })
  contentBase64!: string;

  @Field({
    nullable: true,
    description: "Check the file and count what would change, writing nothing (default false).",
  })
  dryRun?: boolean;

  @Field(() => TextEncodingEnum, {
    nullable: true,
    description:
      "A CSV's text encoding when it is not UTF-8 (a CSV saved by older Excel is often WINDOWS_1252). Without it, a CSV that is not valid UTF-8 is refused.",
  })
  encoding?: TextEncodingEnum | null;
}

@InputType({
  description: "A district's schools file to import: CSV or XLSX, keyed by NCES school id.",
})
export class ImportSchoolsInput extends DistrictFileInput {}

@ObjectType({ description: "A problem in an imported file, where its author can find it." })
export class FileProblemType {
  @Field(() => Int, {
    nullable: true,
    description:
      "Spreadsheet row: 1 is the header, the first record is 2. Null for the file as a whole.",
  })
  row!: number | null;

  @Field(() => String, {
    nullable: true,
    description: "The column's header as written in the file.",
  })
  column!: string | null;

  @Field({ description: "What is wrong." })
  message!: string;
}

@ObjectType({
  description: "One value a file would change in a record already there: before and after.",
})
export class FieldChangeType {
  @Field(() => Int, { description: "The file's row (1 = the header)." })
  row!: number;
  @Field({ description: 'The record, as a person knows it, e.g. "Violet Hill (130123000001)".' })
  record!: string;
  @Field({ description: "The field that changes." })
  field!: string;
  @Field({ description: "Its value now." })
  before!: string;
  @Field({ description: "Its value after the import." })
  after!: string;
}

@ObjectType({
  description: "Result of importing a district file: every problem, or what was written.",
})
export class FileImportPayload {
  @Field(() => [FileProblemType], {
    description:
      "Every problem in the file, by row and column; when there is any, nothing was written.",
  })
  problems!: FileProblemType[];

  @Field(() => Int, {
    description: "Records in the file (for a state file, those of this district).",
  })
  rows!: number;

  @Field(() => Int, { description: "Records added (or that would be, on a dry run)." })
  inserted!: number;

  @Field(() => Int, { description: "Known records (by their key) that changed." })
  updated!: number;

  @Field(() => Int, { description: "Known records the file leaves as they are." })
  unchanged!: number;

  @Field(() => [FieldChangeType], {
    description:
      "Each value the file changes (or would, on a dry run) in records already there, before and after; at most 1,000.",
  })
  changes!: FieldChangeType[];

  @Field({
    description:
      "Whether anything was written (false on a dry run, with problems, or with nothing to change).",
  })
  written!: boolean;

  @Field(() => [UserError], {
    description: "Why the import was refused; nothing was written when not empty.",
  })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of importSchools." })
export class ImportSchoolsPayload extends FileImportPayload {}

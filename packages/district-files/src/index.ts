export { type AwardRecord, readAwards } from "./awards.js";
export { budgetLineKey, type BudgetLineRecord, readBudgetLines } from "./budget-lines.js";
export { type FileProblem } from "./columns.js";
export {
  type DirectCertificationRecord,
  readGeorgiaDirectCertification,
} from "./georgia-direct-certification.js";
export { type PositionRecord, readPositions } from "./positions.js";
export { programOf } from "./programs.js";
export { readSchoolAwards, type SchoolAwardRecord } from "./school-awards.js";
export { readSchools, type SchoolRecord } from "./schools.js";
export {
  FILE_LIMITS,
  FileFormatError,
  readTable,
  type Table,
  TEXT_ENCODINGS,
  type TextEncoding,
} from "./table.js";

export { FileFormatError, readTable, type Table } from "./table.js";
export { type FileProblem, readSchools, SCHOOL_LEVELS, type SchoolRecord, SUPPORT_DESIGNATIONS, TITLE_I_STATUSES } from "./schools.js";

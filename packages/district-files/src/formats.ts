/**
 * The formats of the files Allot reads, without the readers' parsing libraries: what the admin app
 * shows a person preparing a file comes from the readers themselves.
 */
export { AWARDS_FORMAT } from "./awards.js";
export { BUDGET_LINES_FORMAT } from "./budget-lines.js";
export { formatColumns, type FileFormat } from "./columns.js";
export { GEORGIA_DIRECT_CERTIFICATION_FORMAT } from "./georgia-direct-certification.js";
export { POSITIONS_FORMAT } from "./positions.js";
export { SCHOOL_AWARDS_FORMAT } from "./school-awards.js";
export { SCHOOLS_FORMAT } from "./schools.js";

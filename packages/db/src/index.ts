export * from "./entities/index.js";
export * from "./orm.js";
export * from "./connection.js";
export { startEmbeddedPostgres, type RunningPostgres } from "./embedded.js";
export * from "./plans/save-improvement-plan.js";
export * from "./plans/save-strategic-plan.js";
export * from "./seed/demo.js";
export * from "./audit.js";
export * from "./api-role.js";

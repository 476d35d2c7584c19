export * from "./money.js";
export * from "./programs.js";
export * from "./fiscal-year.js";
export * from "./poverty.js";
export * from "./budget.js";
export * from "./funding-matrix.js";
export * from "./awards.js";

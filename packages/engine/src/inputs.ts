/**
 * The input schemas the API and the admin app's forms share (zod), apart from the engine's main
 * entry so a screen that only shows numbers does not load zod.
 */
export * from "./input-schemas.js";
export * from "./parameters-schema.js";

import type { defineConfig } from "vitest/config";
import type { InlineConfig } from "vitest/node";

/** A vitest config for a Node package: src/**\/*.test.ts, generous DB timeouts, one graphql. */
export declare function nodeProject(test?: InlineConfig): ReturnType<typeof defineConfig>;

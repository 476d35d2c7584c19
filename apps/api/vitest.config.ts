import { nodeProject } from "@allot/vitest-config";

// Files and tests run in a new order each time (the seed is printed): a test that leans on what
// another left behind fails here, not months later.
export default nodeProject({
  globalSetup: ["src/test/global-setup.ts"],
  sequence: { shuffle: true },
});

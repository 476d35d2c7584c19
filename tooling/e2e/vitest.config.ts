import { nodeProject } from "@allot/vitest-config";

export default nodeProject({ globalSetup: ["src/global-setup.ts"], testTimeout: 60_000 });

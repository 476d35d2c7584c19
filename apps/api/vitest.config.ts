import { nodeProject } from "@allot/vitest-config";

export default nodeProject({ globalSetup: ["src/test/global-setup.ts"] });

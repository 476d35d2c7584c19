import { nodeProject } from "@allot/vitest-config";

export default nodeProject({ testTimeout: 120_000 });

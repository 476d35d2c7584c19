import { nodeProject } from "@allot/vitest-config";

export default nodeProject();

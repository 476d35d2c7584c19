// Writes schema.graphql from the code. It is checked in and never edited by hand; CI fails when
// the committed file differs from what the build emits.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { schemaSdl } from "../schema.js";

const target = fileURLToPath(new URL("../../schema.graphql", import.meta.url));
writeFileSync(target, await schemaSdl());
console.log("wrote schema.graphql");

import { School } from "@allot/db";

import { mapFound, type NodeLoaders } from "../../platform/node/node-loaders.js";
import { toSchoolType } from "./school.type.js";

export const schoolNodes: NodeLoaders = {
  School: async (em, d, id, only) =>
    only && only !== id
      ? null
      : mapFound(await em.findOne(School, { id, district: d }), toSchoolType),
};

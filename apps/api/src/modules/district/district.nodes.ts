import { District, FiscalYear } from "@allot/db";

import { mapFound, type NodeLoaders } from "../../platform/node/node-loaders.js";
import { toDistrictType, toFiscalYearType } from "./district.type.js";

export const districtNodes: NodeLoaders = {
  District: async (em, d, id) =>
    id === d ? toDistrictType(await em.findOneOrFail(District, id)) : null,
  FiscalYear: async (em, d, id) =>
    mapFound(await em.findOne(FiscalYear, { id, district: d }), toFiscalYearType),
};

import {
  DEMO_DISTRICT,
  seedDemoDistrict,
  seedDistrict,
  type DistrictSeed,
  type MikroORM,
} from "@allot/db";
import { mulberry32, splitByWeights } from "@allot/engine";

/**
 * A state on one deployment, deterministic: Clayton County (the demo, 68 schools) and 179 other
 * districts, 2,300 schools in all, sized like Georgia's (a few large districts, many small ones).
 * Each district has its schools, the seven programs' awards scaled to its size, the FY2022 plan
 * and budget lines, seeded the way the demo is.
 */
export function stateDistricts(districts = 180, schools = 2_300, seed = 13): DistrictSeed[] {
  const rand = mulberry32(seed);
  const others = districts - 1;
  // Sizes from a heavy-tailed draw, then split so they add up exactly, each at least one school.
  const weights = Array.from({ length: others }, () => Math.round(1_000 / (0.05 + rand()) ** 1.1));
  const sizes = splitByWeights(schools - 68 - others, weights).map((n) => n + 1);
  return sizes.map((schoolCount, i) => ({
    district: {
      ncesLeaId: String(1_390_000 + i),
      stateLeaId: `GA-${900 + i}`,
      name: `Generated County Schools ${i + 1}`,
      state: "GA",
    },
    schoolCount,
    seed: 1_000 + i,
    strategicPlan: false,
  }));
}

/** Seeds the state into an empty, migrated database; returns how many schools it holds. */
export async function seedState(orm: MikroORM, districts = 180, schools = 2_300): Promise<number> {
  await seedDemoDistrict(orm);
  const others = stateDistricts(districts, schools);
  for (const d of others) await seedDistrict(orm, d);
  return 68 + others.reduce((a, d) => a + d.schoolCount, 0);
}

export { DEMO_DISTRICT };

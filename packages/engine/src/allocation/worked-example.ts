import type { TitleISchool } from "./title-i.js";

/**
 * The US Department of Education's Title I policy guidance (1996), "Example 2": 16 schools,
 * $4,180,273 allocation, reservations of $267,573, $3,913,700 for schools at $700 per low-income
 * child, private children counted in each school's share (pre-ESSA). Public data for tests,
 * documentation and the benchmark.
 */
export const WORKED_EXAMPLE_SCHOOLS: TitleISchool[] = [
  ["violet-hill", "Violet Hill", "ELEMENTARY", 870, 850, 20],
  ["oakdale-ms", "Oakdale MS", "MIDDLE", 276, 202, 8],
  ["elemwood", "Elemwood", "ELEMENTARY", 951, 591, 24],
  ["valley-view", "Valley View", "ELEMENTARY", 696, 444, 0],
  ["hobson", "Hobson", "ELEMENTARY", 601, 367, 10],
  ["berlieth-hs", "Berlieth HS", "HIGH", 933, 550, 5],
  ["davis", "Davis", "ELEMENTARY", 1134, 646, 8],
  ["indian-rock-ms", "Indian Rock MS", "MIDDLE", 1695, 815, 0],
  ["roosevelt-hs", "Roosevelt HS", "HIGH", 203, 95, 0],
  ["takoma-hs", "Takoma HS", "HIGH", 1080, 487, 6],
  ["camp-springs", "Camp Springs", "ELEMENTARY", 1026, 449, 14],
  ["white-hill", "White Hill", "ELEMENTARY", 857, 293, 3],
  ["bannaker", "Bannaker", "ELEMENTARY", 874, 299, 2],
  ["eastern-ms", "Eastern MS", "MIDDLE", 490, 142, 0],
  ["taft-hs", "Taft HS", "HIGH", 2073, 509, 0],
  ["wilson-hs", "Wilson HS", "HIGH", 300, 28, 0],
].map(([id, name, level, enrollment, lowIncome, privateLowIncome]) => ({
  id: id as string,
  name: name as string,
  level: level as TitleISchool["level"],
  enrollment: enrollment as number,
  lowIncome: lowIncome as number,
  privateLowIncome: privateLowIncome as number,
}));

export const WORKED_EXAMPLE = {
  allocation: 418_027_300,
  reservations: { neglectedDelinquent: 3_800_000, familyEngagement: 2_366_400, homeless: 2_000_000, administration: 18_490_900 },
  schoolPool: 391_370_000,
  perChild: 70_000,
};

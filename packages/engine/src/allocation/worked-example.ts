import type { Cents } from "../money.js";
import type { TitleIReservationInput } from "./reservations.js";
import type { PpaPolicy, TitleIPolicy, TitleISchool } from "./title-i.js";

/**
 * The four worked examples of the US Department of Education's "Policy Guidance for Title I,
 * Part A" (April 1996), chapter "LEA Identification and Selection of School Attendance Areas and
 * Allocation of Title I Funds", examples 1-4 (tables dated 11-May-95). Public data, used by the
 * tests (engine and API), the documentation and the benchmark. Before ESSA, private-school
 * children were counted in each school's share, so every example sets
 * `privateChildrenInSchoolShare`. The source rounds to whole dollars and prints a few typos; the
 * expected figures below are the source's, with each typo noted where it is corrected.
 */
export interface GuidanceExample {
  id: "EXAMPLE_1" | "EXAMPLE_2" | "EXAMPLE_3" | "EXAMPLE_4";
  title: string;
  schools: TitleISchool[];
  /** The district's Title I allocation. */
  allocation: Cents;
  reservations: Pick<
    TitleIReservationInput,
    "neglectedDelinquent" | "familyEngagement" | "homeless" | "administration"
  >;
  /** What the source leaves for schools after the reservations. */
  schoolPool: Cents;
  policy: TitleIPolicy;
  /** Served schools in rank order: name, total, public and private shares, in whole dollars. */
  expected: [name: string, total: number, publicShare: number, privateShare: number][];
}

type Row = [
  id: string,
  name: string,
  level: TitleISchool["level"],
  enrollment: number,
  lowIncome: number,
  privateLowIncome: number,
];
const schoolsOf = (rows: Row[]): TitleISchool[] =>
  rows.map(([id, name, level, enrollment, lowIncome, privateLowIncome]) => ({
    id,
    name,
    level,
    enrollment,
    lowIncome,
    privateLowIncome,
  }));

/** Examples 2-4 share one district: 16 schools, 14,059 pupils, 6,767 public + 100 private low-income children. */
const DISTRICT: Row[] = [
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
];

const dollars = (d: number): Cents => d * 100;
const SAME_RESERVATIONS = {
  neglectedDelinquent: dollars(10_000),
  familyEngagement: dollars(23_664),
  homeless: dollars(10_000),
  administration: dollars(184_909),
};
const inShare = (ppa: PpaPolicy, designateAt35: boolean): TitleIPolicy => ({
  ppa,
  designateAt35,
  serveLastYearOneMoreYear: false,
  ranking: "DISTRICT_WIDE",
  privateChildrenInSchoolShare: true,
});

export const GUIDANCE_1996_EXAMPLES: GuidanceExample[] = [
  {
    id: "EXAMPLE_1",
    title:
      "Serving schools below 35% poverty (125% rule applies): the pool over the children of the schools above the district average of 18.62%",
    // The source's table lists 16 schools; the eight it does not serve (below the district average)
    // enter as one row of their totals (7,518 pupils, 932 + 26 low-income children), which is all
    // the allocation reads from them: the district average and the 125% minimum.
    schools: schoolsOf([
      ["valley-view", "Valley View", "ELEMENTARY", 696, 265, 8],
      ["violet-hill", "Violet Hill", "ELEMENTARY", 870, 287, 5],
      ["elemwood", "Elemwood", "ELEMENTARY", 951, 260, 15],
      ["oakdale-ms", "Oakdale MS", "MIDDLE", 276, 78, 0],
      ["hobson", "Hobson", "ELEMENTARY", 601, 124, 6],
      ["davis", "Davis", "ELEMENTARY", 1134, 227, 3],
      ["takoma-hs", "Takoma HS", "HIGH", 1080, 201, 5],
      ["berlieth-hs", "Berlieth HS", "HIGH", 933, 176, 0],
      ["below-average", "The eight schools below the district average", "OTHER", 7518, 932, 26],
    ]),
    allocation: dollars(2_366_381),
    reservations: SAME_RESERVATIONS,
    schoolPool: dollars(2_137_808),
    policy: inShare({ kind: "EVEN" }, false),
    expected: [
      ["Valley View", 351_579, 341_277, 10_303],
      ["Violet Hill", 376_048, 369_609, 6_439],
      ["Elemwood", 354_155, 334_837, 19_318],
      ["Oakdale MS", 100_451, 100_451, 0],
      ["Hobson", 167_419, 159_692, 7_727],
      ["Davis", 296_202, 292_339, 3_864],
      ["Takoma HS", 265_294, 258_855, 6_439],
      ["Berlieth HS", 226_659, 226_659, 0],
    ],
  },
  {
    id: "EXAMPLE_2",
    title: "Using the 35% eligibility provision: $700 per low-income child",
    schools: schoolsOf(DISTRICT),
    allocation: dollars(4_180_273),
    reservations: {
      neglectedDelinquent: dollars(38_000),
      familyEngagement: dollars(23_664),
      homeless: dollars(20_000),
      administration: dollars(184_909),
    },
    schoolPool: dollars(3_913_700),
    policy: inShare({ kind: "SINGLE", perChild: dollars(700) }, true),
    expected: [
      ["Violet Hill", 609_000, 595_000, 14_000],
      ["Oakdale MS", 147_000, 141_400, 5_600],
      ["Elemwood", 430_500, 413_700, 16_800],
      ["Valley View", 310_800, 310_800, 0],
      ["Hobson", 263_900, 256_900, 7_000],
      // The source prints Berlieth's public share as 385,500; 550 x $700 = 385,000 and its total confirms it.
      ["Berlieth HS", 388_500, 385_000, 3_500],
      ["Davis", 457_800, 452_200, 5_600],
      ["Indian Rock MS", 570_500, 570_500, 0],
      ["Roosevelt HS", 66_500, 66_500, 0],
      ["Takoma HS", 345_100, 340_900, 4_200],
      ["Camp Springs", 324_100, 314_300, 9_800],
    ],
  },
  {
    id: "EXAMPLE_3",
    title:
      "Serving only the schools above the district poverty rate of 48.84%: the pool over their children ($573.96 each)",
    schools: schoolsOf(DISTRICT),
    allocation: dollars(2_366_573),
    reservations: SAME_RESERVATIONS,
    schoolPool: dollars(2_138_000),
    policy: inShare({ kind: "EVEN" }, false),
    expected: [
      ["Violet Hill", 499_345, 487_866, 11_479],
      ["Oakdale MS", 120_532, 115_940, 4_592],
      ["Elemwood", 352_985, 339_210, 13_775],
      ["Valley View", 254_838, 254_838, 0],
      ["Hobson", 216_383, 210_643, 5_740],
      ["Berlieth HS", 318_548, 315_678, 2_870],
      ["Davis", 375_370, 370_778, 4_592],
    ],
  },
  {
    id: "EXAMPLE_4",
    title:
      "Using the 35% eligibility provision with bands of poverty: $950 above 65%, $900 from 50% to 65%, $850 below 50%",
    schools: schoolsOf(DISTRICT),
    allocation: dollars(5_432_969),
    reservations: {
      neglectedDelinquent: dollars(20_000),
      familyEngagement: dollars(54_330),
      homeless: dollars(20_000),
      administration: dollars(346_039),
    },
    schoolPool: dollars(4_992_600),
    policy: inShare(
      {
        kind: "BANDS",
        bands: [
          { minPovertyBasisPoints: 6500, perChild: dollars(950) },
          { minPovertyBasisPoints: 5000, perChild: dollars(900) },
          { minPovertyBasisPoints: 0, perChild: dollars(850) },
        ],
      },
      true,
    ),
    expected: [
      // The source prints Violet Hill's total as 826,507; its shares (807,500 + 19,000) and the district total confirm 826,500.
      ["Violet Hill", 826_500, 807_500, 19_000],
      ["Oakdale MS", 199_500, 191_900, 7_600],
      ["Elemwood", 553_500, 531_900, 21_600],
      ["Valley View", 399_600, 399_600, 0],
      // The source prints Hobson's public share as 339,300 (its total); 367 x $900 = 330,300.
      ["Hobson", 339_300, 330_300, 9_000],
      // The source prints Berlieth's public share as 499,500 (its total) and its private as "4,5000"; 550 x $900 = 495,000.
      ["Berlieth HS", 499_500, 495_000, 4_500],
      ["Davis", 588_600, 581_400, 7_200],
      ["Indian Rock MS", 692_750, 692_750, 0],
      ["Roosevelt HS", 80_750, 80_750, 0],
      ["Takoma HS", 419_050, 413_950, 5_100],
      ["Camp Springs", 393_550, 381_650, 11_900],
    ],
  },
];

/** Example 2, the one DOMAIN.md quotes, under its earlier names. */
export const WORKED_EXAMPLE_SCHOOLS: TitleISchool[] = GUIDANCE_1996_EXAMPLES[1]!.schools;
export const WORKED_EXAMPLE = {
  allocation: GUIDANCE_1996_EXAMPLES[1]!.allocation,
  reservations: {
    neglectedDelinquent: 3_800_000,
    familyEngagement: 2_366_400,
    homeless: 2_000_000,
    administration: 18_490_900,
  },
  schoolPool: GUIDANCE_1996_EXAMPLES[1]!.schoolPool,
  perChild: 70_000,
};

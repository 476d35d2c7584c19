import {
  lowIncomeFromDirectCertification,
  mulberry32,
  splitByWeights,
  type SchoolLevel,
  type SupportDesignation,
  type TitleIStatus,
} from "@allot/engine";

/**
 * ILLUSTRATIVE demo schools. The published plans give no per-school counts, so the 68 schools are
 * generated deterministically (same seed, same schools) with the shape of a district where most
 * students are directly certified: about 52,000 students, most schools above 40% poverty. The
 * district's real files replace them through import.
 */
export interface DemoSchool {
  ncesSchoolId: string;
  name: string;
  level: SchoolLevel;
  gradeLow: string;
  gradeHigh: string;
  enrollment: number;
  directCertified: number;
  lowIncome: number;
  englishLearners: number;
  studentsWithDisabilities: number;
  homeless: number;
  foster: number;
  migrant: number;
  supportDesignation: SupportDesignation;
  titleIStatus: TitleIStatus;
  servedLastYear: boolean;
}

const NAMES = [
  "Arbor Creek",
  "Birchwood",
  "Cedar Hollow",
  "Dogwood Park",
  "Elm Street",
  "Falcon Ridge",
  "Glenview",
  "Harbor Oaks",
  "Ivy Lane",
  "Jasmine Hill",
  "Kingsbridge",
  "Laurel Grove",
  "Magnolia",
  "Northgate",
  "Oakview",
  "Pine Meadow",
  "Quail Run",
  "Riverbend",
  "Sycamore",
  "Tall Timbers",
  "Union Grove",
  "Valley Forge",
  "Willow Springs",
  "Yellow Pine",
  "Aspen Way",
  "Bluebird",
  "Chestnut",
  "Deer Creek",
  "Eagle Point",
  "Fox Hollow",
  "Garden Lakes",
  "Hawthorne",
  "Indian Trail",
  "Juniper",
  "Kestrel",
  "Lakeside",
  "Mill Pond",
  "Nightingale",
  "Orchard Hill",
  "Pecan Grove",
  "Red Oak",
  "Stone Bridge",
  "Tanglewood",
  "Upland",
  "Victory",
  "Westwood",
  "Amber Fields",
  "Brookhaven",
  "Crescent",
  "Druid Hills",
  "Evergreen",
  "Foxfire",
  "Greenleaf",
  "Heritage",
  "Ironwood",
  "Jubilee",
  "Keystone",
  "Lone Oak",
  "Meadowbrook",
  "New Hope",
  "Old Mill",
  "Prospect",
  "Rolling Hills",
  "Shadow Lake",
  "Twin Oaks",
  "Walnut Ridge",
  "Windsor",
  "Hillcrest",
];

interface LevelPlan {
  level: SchoolLevel;
  count: number;
  suffix: string;
  grades: [string, string];
  enrollment: [number, number];
}

const LEVELS: LevelPlan[] = [
  {
    level: "ELEMENTARY",
    count: 38,
    suffix: "Elementary School",
    grades: ["PK", "5"],
    enrollment: [380, 820],
  },
  {
    level: "MIDDLE",
    count: 16,
    suffix: "Middle School",
    grades: ["6", "8"],
    enrollment: [620, 1_120],
  },
  {
    level: "HIGH",
    count: 11,
    suffix: "High School",
    grades: ["9", "12"],
    enrollment: [950, 1_850],
  },
  { level: "OTHER", count: 3, suffix: "Academy", grades: ["6", "12"], enrollment: [160, 420] },
];

export function demoSchools(
  ncesLeaId: string,
  multiplierTenThousandths: number,
  seed = 2022,
  count = 68,
): DemoSchool[] {
  const rand = mulberry32(seed);
  // Other sizes keep the demo's mix of levels (largest remainder, so the counts add up).
  const total = LEVELS.reduce((a, l) => a + l.count, 0);
  const counts = splitByWeights(
    count,
    LEVELS.map((l) => l.count),
  );
  const between = (lo: number, hi: number) => Math.round(lo + (hi - lo) * rand());
  const schools: DemoSchool[] = [];
  let index = 0;
  for (const [li, plan] of LEVELS.entries()) {
    for (let i = 0; i < counts[li]!; i++) {
      const enrollment = between(plan.enrollment[0], plan.enrollment[1]);
      // Direct certification 18-60% of enrollment; x1.6 puts most schools above 40%, a few below 35%.
      const dcShare = 0.18 + 0.42 * rand();
      const directCertified = Math.round(enrollment * dcShare);
      const lowIncome = lowIncomeFromDirectCertification(
        directCertified,
        multiplierTenThousandths,
        enrollment,
      );
      const elShare =
        plan.level === "ELEMENTARY" ? 0.04 + 0.26 * rand() ** 2 : 0.02 + 0.16 * rand() ** 2;
      const poverty = lowIncome / enrollment;
      schools.push({
        ncesSchoolId: `${ncesLeaId}${String(index + 1).padStart(5, "0")}`,
        name: `${NAMES[index % NAMES.length]}${index >= NAMES.length ? ` ${Math.floor(index / NAMES.length) + 1}` : ""} ${plan.suffix}`,
        level: plan.level,
        gradeLow: plan.grades[0],
        gradeHigh: plan.grades[1],
        enrollment,
        directCertified,
        lowIncome,
        englishLearners: Math.round(enrollment * elShare),
        studentsWithDisabilities: Math.round(enrollment * (0.09 + 0.07 * rand())),
        homeless: Math.round(enrollment * (0.01 + 0.04 * rand())),
        foster: Math.round(enrollment * (0.002 + 0.008 * rand())),
        migrant: Math.round(enrollment * 0.006 * rand()),
        supportDesignation: "NONE",
        titleIStatus: poverty >= 0.4 ? "SCHOOLWIDE" : poverty >= 0.35 ? "TARGETED" : "NONE",
        servedLastYear: poverty >= 0.35,
      });
      index++;
    }
  }
  // The highest-poverty schools carry the federal support designations (ESEA 1111(d)).
  const byPoverty = [...schools].sort(
    (a, b) =>
      b.lowIncome / b.enrollment - a.lowIncome / a.enrollment ||
      a.ncesSchoolId.localeCompare(b.ncesSchoolId),
  );
  const csi = Math.round((count * 3) / total);
  const tsi = Math.round((count * 9) / total);
  byPoverty.slice(0, csi).forEach((s) => (s.supportDesignation = "CSI"));
  byPoverty.slice(csi, tsi).forEach((s) => (s.supportDesignation = "TSI"));
  return schools;
}

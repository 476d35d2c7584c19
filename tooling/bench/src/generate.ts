import {
  mulberry32,
  NO_WEIGHTS,
  weightedEnrollment,
  type NeedWeights,
  type ReallocationSchool,
  type ScenarioSchool,
} from "@allot/engine";

const LEVELS = ["ELEMENTARY", "ELEMENTARY", "ELEMENTARY", "MIDDLE", "HIGH"] as const;

/** `count` schools shaped like a high-poverty district's, deterministic for the seed. */
export function generateSchools(count: number, seed = 1): ScenarioSchool[] {
  const rand = mulberry32(seed);
  const schools: ScenarioSchool[] = [];
  for (let i = 0; i < count; i++) {
    const level = LEVELS[Math.floor(rand() * LEVELS.length)]!;
    const enrollment = Math.round(
      (level === "HIGH" ? 900 : level === "MIDDLE" ? 650 : 450) * (0.5 + rand()),
    );
    const poverty = 0.15 + 0.8 * rand();
    const u = rand();
    schools.push({
      id: `s${String(i).padStart(6, "0")}`,
      name: `School ${i + 1}`,
      level,
      enrollment,
      lowIncome: Math.round(enrollment * poverty),
      englishLearners: Math.round(enrollment * 0.25 * rand() ** 2),
      studentsWithDisabilities: Math.round(enrollment * (0.08 + 0.08 * rand())),
      homeless: Math.round(enrollment * 0.04 * rand()),
      foster: Math.round(enrollment * 0.006 * rand()),
      migrant: Math.round(enrollment * 0.004 * rand()),
      servedLastYear: poverty > 0.35,
      supportDesignation: u < 0.05 ? "CSI" : u < 0.15 ? "TSI" : "NONE",
    });
  }
  return schools;
}

export const BENCH_WEIGHTS: NeedWeights = {
  ...NO_WEIGHTS,
  economicallyDisadvantaged: 0.12,
  englishLearners: 0.4,
  studentsWithDisabilities: 0.9,
  homeless: 0.25,
};

/** A reallocation problem over the schools: baseline by enrollment, a 5% floor, a 20% cap. */
export function reallocationProblem(schools: ScenarioSchool[], perPupil = 15000) {
  const rows: ReallocationSchool[] = schools.map((s) => ({
    id: s.id,
    weight: weightedEnrollment(s, BENCH_WEIGHTS),
    baseline: s.enrollment * perPupil,
    eligible: s.enrollment > 0,
  }));
  return {
    pool: rows.reduce((a, r) => a + r.baseline, 0),
    schools: rows,
    maxLossBasisPoints: 500,
    maxGainBasisPoints: 2000,
  };
}

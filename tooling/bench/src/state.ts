import { randomUUID } from "node:crypto";

import {
  ActionStep,
  BenefitRate,
  BudgetLine,
  DEMO_DISTRICT,
  District,
  engineRates,
  FiscalYear,
  FundingSource,
  JobClass,
  Position,
  PositionFunding,
  School,
  seedDemoDistrict,
  seedDistrict,
  type DistrictSeed,
  type MikroORM,
  type RequiredEntityData,
} from "@allot/db";
import { mulberry32, positionLines, splitByWeights } from "@allot/engine";

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

/**
 * Positions at every school of a seeded district, as many a school has in a state: `perSchool`
 * per school (paraprofessionals, parent liaisons and content coordinators in turn), each partly
 * paid by Title I-A and the rest local, with its salary and benefit lines derived as the API
 * derives them. Bulk inserts: 2,300 schools x 15 is 34,500 positions and about 140,000 lines.
 */
export async function seedSchoolPositions(
  orm: MikroORM,
  ncesLeaId: string,
  perSchool = 15,
): Promise<{ positions: number; lines: number }> {
  const em = orm.em.fork();
  const district = await em.findOneOrFail(District, { ncesLeaId });
  const fy = await em.findOneOrFail(FiscalYear, { district, year: 2022 });
  const jobs = new Map((await em.find(JobClass, { district })).map((j) => [j.code, j] as const));
  const rates = engineRates(await em.find(BenefitRate, { district, fiscalYear: fy }));
  const titleI = await em.findOneOrFail(FundingSource, { district, code: "TITLE_I_A" });
  const steps = await em.find(ActionStep, { district }, { populate: ["need"] });
  const step = (label: string) => steps.find((s) => `${s.need.number}.${s.number}` === label)!;
  const kinds = [
    // Shares that keep Title I-A inside its award with the district's other lines (the API refuses
    // a split that would overspend it, and the bench re-splits one of these).
    { job: "PARA", salary: 2_600_000, share: 3_000, step: step("1.1"), fn: "1000" },
    { job: "PL", salary: 3_800_000, share: 3_000, step: step("1.3"), fn: "2100" },
    { job: "CC", salary: 8_800_000, share: 1_000, step: step("1.1"), fn: "2210" },
  ];
  const schools = await em.find(School, { district }, { fields: ["id"], orderBy: { id: "asc" } });
  const positions: RequiredEntityData<Position>[] = [];
  const fundings: RequiredEntityData<PositionFunding>[] = [];
  const lines: RequiredEntityData<BudgetLine>[] = [];
  for (const [s, school] of schools.entries())
    for (let i = 0; i < perSchool; i++) {
      const kind = kinds[i < 10 ? 0 : i < 12 ? 1 : 2]!;
      const job = jobs.get(kind.job)!;
      const id = randomUUID();
      const code = `S${s}-${kind.job}-${i}`;
      positions.push({
        id,
        district: district.id,
        fiscalYear: fy.id,
        code,
        title: job.title,
        jobClass: job.id,
        school: school.id,
        fteHundredths: 100,
        salaryCents: kind.salary,
        status: "FILLED" as const,
      });
      fundings.push({
        id: randomUUID(),
        district: district.id,
        position: id,
        fundingSource: titleI.id,
        actionStep: kind.step.id,
        functionCode: kind.fn,
        shareBasisPoints: kind.share,
      });
      const derived = positionLines(
        {
          code,
          title: job.title,
          salary: kind.salary,
          fteHundredths: 100,
          category: job.category,
          salaryObjectCode: job.salaryObjectCode,
          rates,
        },
        [{ key: null, basisPoints: kind.share }],
      );
      for (const l of derived)
        lines.push({
          id: randomUUID(),
          district: district.id,
          fiscalYear: fy.id,
          fundingSource: titleI.id,
          actionStep: kind.step.id,
          school: school.id,
          amountCents: l.amount,
          description: l.description,
          functionCode: kind.fn,
          objectCode: l.objectCode,
          position: id,
        });
    }
  const chunk = 5_000;
  for (let i = 0; i < positions.length; i += chunk)
    await em.insertMany(Position, positions.slice(i, i + chunk));
  for (let i = 0; i < fundings.length; i += chunk)
    await em.insertMany(PositionFunding, fundings.slice(i, i + chunk));
  for (let i = 0; i < lines.length; i += chunk)
    await em.insertMany(BudgetLine, lines.slice(i, i + chunk));
  return { positions: positions.length, lines: lines.length };
}

import type { MikroORM } from "@mikro-orm/postgresql";

import { DEMO_DISTRICT, District, School, User, type Role } from "@allot/db";

import { hashPassword } from "../../platform/auth/credentials.js";

/** Known to everyone who reads this file: demo mode only, and production refuses to start with them. */
export const DEMO_PASSWORD = "allot-demo-2022";

export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: "admin@demo.allot.example", name: "Demo Administrator", role: "ADMINISTRATOR" },
  { email: "finance@demo.allot.example", name: "Demo Finance Analyst", role: "FINANCE_ANALYST" },
  {
    email: "director@demo.allot.example",
    name: "Demo Federal Programs Director",
    role: "FEDERAL_PROGRAMS_DIRECTOR",
  },
  { email: "leader@demo.allot.example", name: "Demo School Leader", role: "SCHOOL_LEADER" },
  { email: "viewer@demo.allot.example", name: "Demo Viewer", role: "VIEWER" },
];

/** One demo user per role in the demo district, once. Returns how many were created. */
export async function seedDemoUsers(orm: MikroORM): Promise<number> {
  const em = orm.em.fork();
  const district = await em.findOne(District, { ncesLeaId: DEMO_DISTRICT.ncesLeaId });
  if (!district || (await em.count(User, { district, demo: true }))) return 0;
  // The school leader leads the district's first school by NCES id.
  const school = await em.findOne(School, { district }, { orderBy: { ncesSchoolId: "asc" } });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const u of DEMO_USERS) {
    em.create(User, {
      ...u,
      district,
      demo: true,
      passwordHash,
      school: u.role === "SCHOOL_LEADER" ? school : null,
    });
  }
  await em.flush();
  return DEMO_USERS.length;
}

export function demoSignInHelp(): string {
  return `demo sign-in (password ${DEMO_PASSWORD}): ${DEMO_USERS.map((u) => `${u.email} (${u.role})`).join(", ")}`;
}

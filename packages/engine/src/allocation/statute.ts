import type { Cents } from "../money.js";

/**
 * The statute's numbers, named once. Every check, default and API conversion reads them here.
 * Money in cents, shares in basis points (1% = 100).
 */
export const STATUTE = {
  /** ESEA 1116(a)(3)(A): above this Title I allocation, at least 1% goes to family engagement. */
  familyEngagementAbove: 50_000_000 as Cents,
  familyEngagementBasisPoints: 100,
  /** ESEA 1116(a)(3)(C): at least 90% of that reservation goes on to Title I schools. */
  familyEngagementToSchoolsBasisPoints: 9_000,
  /** ESEA 1113(a)(3): schools above 75% poverty are served first (50% for high schools, by choice). */
  priorityPovertyBasisPoints: 7_500,
  highSchoolOptionBasisPoints: 5_000,
  /** ESEA 1113(a)(2)(B): a district may designate schools at or above 35% as eligible. */
  designationBasisPoints: 3_500,
  /** ESEA 1114(a)(1): a schoolwide program needs 40% poverty. */
  schoolwideBasisPoints: 4_000,
  /** ESEA 1113(b)(1)(A): districts under 1,000 students need not rank. */
  smallDistrictEnrollment: 1_000,
  /** ESEA 1113(c)(4): at most 5% for incentives to teachers in CSI/TSI schools. */
  incentivesBasisPoints: 500,
  /** ESEA 1127(a), (c): carryover at most 15% of the allocation; under $50,000 exempt. */
  carryoverBasisPoints: 1_500,
  carryoverExemptBelow: 5_000_000 as Cents,
  /** ESEA 4106(e)(2): from $30,000, at least 20% each to well-rounded and safe-and-healthy uses. */
  titleIVUsesFrom: 3_000_000 as Cents,
  titleIVUseBasisPoints: 2_000,
  /** ESEA 4109(b): at most 15% of the technology money for infrastructure. */
  titleIVInfrastructureBasisPoints: 1_500,
  /** IDEA 613(f): at most 15% of the Part B subgrant for early intervening services. */
  ceisBasisPoints: 1_500,
  /** Georgia Title I guidance: administration above 10% of the allocation needs a justification. */
  titleIAdministrationJustificationBasisPoints: 1_000,
} as const;

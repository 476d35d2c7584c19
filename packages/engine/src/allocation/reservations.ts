import { percent, usd, type Cents } from "../money.js";
import { check, type ComplianceCheck } from "./rules.js";
import { STATUTE } from "./statute.js";

/** District-level Title I reservations, taken before school allocations (ESEA 1113(c)(3)). */
export interface TitleIReservationInput {
  /**
   * The year's Title I allocation before any reservation or transfer: the base of every share the
   * statute sets (equitable services, 1%, 5%, 15% carryover). Carryover is not part of it.
   */
  allocation: Cents;
  /** What the program has to spend (allocation + carryover +/- transfers); defaults to the allocation. */
  available?: Cents;
  /** Low-income children in participating attendance areas, public and private (ESEA 1117(a)(4)). */
  publicLowIncome: number;
  privateLowIncome: number;
  familyEngagement: Cents;
  /** Share of the family-engagement reservation passed on to Title I schools, in basis points. */
  familyEngagementToSchoolsBasisPoints?: number;
  homeless?: Cents;
  neglectedDelinquent?: Cents;
  districtWide?: Cents;
  administration?: Cents;
  /** Incentives for teachers in CSI/TSI schools. */
  incentives?: Cents;
  earlyChildhood?: Cents;
  /** Administration above this share needs a justification (Georgia: 10%; state practice). */
  administrationJustificationAboveBasisPoints?: number;
}

export interface Reservation {
  kind:
    | "EQUITABLE_SERVICES"
    | "FAMILY_ENGAGEMENT"
    | "HOMELESS"
    | "NEGLECTED_DELINQUENT"
    | "DISTRICT_WIDE"
    | "ADMINISTRATION"
    | "INCENTIVES"
    | "EARLY_CHILDHOOD";
  amount: Cents;
  explanation: string;
}

export interface TitleIReservationResult {
  reservations: Reservation[];
  totalReserved: Cents;
  /** What is left for school allocations (never negative; see the RESERVATIONS_FIT check). */
  schoolPool: Cents;
  checks: ComplianceCheck[];
}

/**
 * Equitable services: private low-income children / all low-income children in participating
 * areas x the allocation before reservations, rounded to the nearest cent (half up).
 */
export function equitableServicesShare(
  allocation: Cents,
  publicLowIncome: number,
  privateLowIncome: number,
): Cents {
  const all = publicLowIncome + privateLowIncome;
  if (all === 0 || privateLowIncome === 0) return 0;
  return Number(
    (BigInt(allocation) * BigInt(privateLowIncome) * 2n + BigInt(all)) / (2n * BigInt(all)),
  );
}

export function titleIReservations(r: TitleIReservationInput): TitleIReservationResult {
  const P = "TITLE_I_A";
  const es = equitableServicesShare(r.allocation, r.publicLowIncome, r.privateLowIncome);
  const items: Reservation[] = [
    {
      kind: "EQUITABLE_SERVICES",
      amount: es,
      explanation: `${r.privateLowIncome} private / ${r.publicLowIncome + r.privateLowIncome} low-income children x ${usd(r.allocation)} = ${usd(es)} (ESEA 1117(a)(4)(A)).`,
    },
    {
      kind: "FAMILY_ENGAGEMENT",
      amount: r.familyEngagement,
      explanation: "Parent and family engagement (ESEA 1116(a)(3)).",
    },
    {
      kind: "HOMELESS",
      amount: r.homeless ?? 0,
      explanation:
        "Homeless children, including the liaison and transportation (ESEA 1113(c)(3)(A)(i)).",
    },
    {
      kind: "NEGLECTED_DELINQUENT",
      amount: r.neglectedDelinquent ?? 0,
      explanation: "Neglected and delinquent children (ESEA 1113(c)(3)(A)(ii)-(iii)).",
    },
    {
      kind: "DISTRICT_WIDE",
      amount: r.districtWide ?? 0,
      explanation: "District-wide initiatives.",
    },
    { kind: "ADMINISTRATION", amount: r.administration ?? 0, explanation: "Administration." },
    {
      kind: "INCENTIVES",
      amount: r.incentives ?? 0,
      explanation: "Incentives for teachers in CSI/TSI schools (ESEA 1113(c)(4)).",
    },
    {
      kind: "EARLY_CHILDHOOD",
      amount: r.earlyChildhood ?? 0,
      explanation: "Early childhood education.",
    },
  ];
  const total = items.reduce((a, i) => a + i.amount, 0);
  const available = r.available ?? r.allocation;
  const checks: ComplianceCheck[] = [];
  const fits = total <= available;
  checks.push(
    check(
      "TITLE_I_RESERVATIONS_FIT",
      P,
      fits ? "PASS" : "FAIL",
      `Reservations ${usd(total)} of ${usd(available)} available.`,
    ),
  );
  checks.push(
    check(
      "TITLE_I_EQUITABLE_SERVICES",
      P,
      r.privateLowIncome > 0 ? "PASS" : "NOT_APPLICABLE",
      items[0]!.explanation,
    ),
  );

  if (r.allocation > STATUTE.familyEngagementAbove) {
    const minimum = Math.ceil((r.allocation * STATUTE.familyEngagementBasisPoints) / 10_000);
    checks.push(
      check(
        "TITLE_I_FAMILY_ENGAGEMENT",
        P,
        r.familyEngagement >= minimum ? "PASS" : "FAIL",
        `${usd(r.familyEngagement)} reserved; at least 1% of the year's allocation of ${usd(r.allocation)} (${usd(minimum)}) is required above $500,000.`,
      ),
    );
    const toSchools =
      r.familyEngagementToSchoolsBasisPoints ?? STATUTE.familyEngagementToSchoolsBasisPoints;
    checks.push(
      check(
        "TITLE_I_FAMILY_ENGAGEMENT_TO_SCHOOLS",
        P,
        toSchools >= STATUTE.familyEngagementToSchoolsBasisPoints ? "PASS" : "FAIL",
        `${percent(toSchools)} of the reservation goes to Title I schools; at least 90% must.`,
      ),
    );
  } else {
    checks.push(
      check(
        "TITLE_I_FAMILY_ENGAGEMENT",
        P,
        "NOT_APPLICABLE",
        `The year's allocation ${usd(r.allocation)} is not above $500,000.`,
      ),
    );
    checks.push(
      check(
        "TITLE_I_FAMILY_ENGAGEMENT_TO_SCHOOLS",
        P,
        "NOT_APPLICABLE",
        "No required reservation.",
      ),
    );
  }
  checks.push(
    check(
      "TITLE_I_HOMELESS",
      P,
      (r.homeless ?? 0) > 0 ? "PASS" : "FAIL",
      (r.homeless ?? 0) > 0
        ? `${usd(r.homeless ?? 0)} reserved for homeless children.`
        : "No reservation for homeless children: the district must reserve funds to serve them.",
    ),
  );
  const incentiveCap = Math.floor((r.allocation * STATUTE.incentivesBasisPoints) / 10_000);
  checks.push(
    check(
      "TITLE_I_INCENTIVES",
      P,
      (r.incentives ?? 0) === 0
        ? "NOT_APPLICABLE"
        : (r.incentives ?? 0) <= incentiveCap
          ? "PASS"
          : "FAIL",
      `${usd(r.incentives ?? 0)} for incentives; at most 5% (${usd(incentiveCap)}).`,
    ),
  );
  const adminLimitBp = r.administrationJustificationAboveBasisPoints ?? 1000;
  const adminLimit = Math.floor((r.allocation * adminLimitBp) / 10_000);
  checks.push(
    check(
      "TITLE_I_ADMINISTRATION",
      P,
      (r.administration ?? 0) <= adminLimit ? "PASS" : "FAIL",
      `${usd(r.administration ?? 0)} for administration; above ${percent(adminLimitBp)} (${usd(adminLimit)}) needs a justification.`,
    ),
  );

  return {
    reservations: items,
    totalReserved: total,
    schoolPool: Math.max(0, available - total),
    checks,
  };
}

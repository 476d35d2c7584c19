/**
 * Poverty counts. ESEA 1113(a)(5) lets a district pick one measure to identify, rank and allocate
 * (census, free/reduced lunch, TANF, Medicaid, direct certification or a composite). Under the
 * Community Eligibility Provision the usual measure is direct certification times a multiplier
 * (1.6 by common practice, a district setting), capped at enrollment.
 */

/** A multiplier with up to four decimal places, kept as an integer of ten-thousandths. */
export function parseMultiplier(text: string): number {
  const m = /^(\d{1,2})(?:\.(\d{1,4}))?$/.exec(text.trim());
  if (!m) throw new RangeError(`multiplier "${text}" must look like 1.6 (at most four decimals)`);
  const value = Number(m[1]) * 10_000 + Number((m[2] ?? "").padEnd(4, "0"));
  if (value < 10_000) throw new RangeError(`multiplier "${text}" must be at least 1`);
  return value;
}

/** Low-income children = round(direct certification x multiplier), never above enrollment. */
export function lowIncomeFromDirectCertification(
  directCertified: number,
  multiplierTenThousandths: number,
  enrollment: number,
): number {
  for (const [name, v] of [
    ["directCertified", directCertified],
    ["enrollment", enrollment],
  ] as const) {
    if (!Number.isSafeInteger(v) || v < 0)
      throw new RangeError(`${name} must be a whole number >= 0`);
  }
  // Integer arithmetic, rounding half up, so 1.6 x 5 is 8 and not 7.999...
  const scaled = Math.floor((directCertified * multiplierTenThousandths + 5_000) / 10_000);
  return Math.min(scaled, enrollment);
}

/** Poverty percentage in basis points (4884 = 48.84%), rounded half up; 0 for an empty school. */
export function povertyBasisPoints(lowIncome: number, enrollment: number): number {
  if (enrollment <= 0) return 0;
  return Math.floor((lowIncome * 10_000 * 2 + enrollment) / (enrollment * 2));
}

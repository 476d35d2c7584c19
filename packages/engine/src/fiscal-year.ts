/**
 * A fiscal year is named by the calendar year it ends in. Georgia districts run July 1 - June 30,
 * so FY2022 is 2021-07-01 to 2022-06-30. Other states start in other months: pass `startMonth`.
 */
export interface FiscalYearSpan {
  year: number;
  startsOn: string;
  endsOn: string;
}

export function fiscalYearSpan(year: number, startMonth = 7): FiscalYearSpan {
  if (!Number.isInteger(year) || year < 1990 || year > 2200) {
    throw new RangeError(`fiscal year ${year} is outside 1990-2200`);
  }
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) {
    throw new RangeError(`start month ${startMonth} is not 1-12`);
  }
  const startYear = startMonth === 1 ? year : year - 1;
  const start = new Date(Date.UTC(startYear, startMonth - 1, 1));
  const end = new Date(Date.UTC(startYear + 1, startMonth - 1, 0));
  return { year, startsOn: isoDate(start), endsOn: isoDate(end) };
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The fiscal year a date (ISO "2026-12-02") falls in, for a year starting in `startMonth`. */
export function fiscalYearOf(isoDate: string, startMonth = 7): number {
  const [year, month] = isoDate.split("-").map(Number) as [number, number];
  return startMonth === 1 || month < startMonth ? year : year + 1;
}

/**
 * The year a person expects to open: the current one when the district has it, else the latest
 * before it (next year's preliminary awards do not take over), else the earliest there is.
 */
export function defaultFiscalYear(years: readonly number[], current: number): number | null {
  if (years.includes(current)) return current;
  const past = years.filter((y) => y < current);
  if (past.length) return Math.max(...past);
  return years.length ? Math.min(...years) : null;
}

/**
 * The two windows a year in which a district records each action step's progress (Georgia's
 * CLIP progress monitoring asks twice a year). A district sets their dates; until then they are
 * the last two months of each half of its fiscal year.
 */
export type MonitoringWindowName = "MID_YEAR" | "END_OF_YEAR";

export interface WindowDates {
  window: MonitoringWindowName;
  opensOn: string;
  closesOn: string;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);
/** The first day of the month `months` after the one `isoDate` is in. */
const monthStart = (isoDate: string, months: number) => {
  const d = utc(isoDate);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
};
const dayBefore = (d: Date) => new Date(d.getTime() - 86_400_000);

/** FY2022 (July-June): mid-year December 1 - January 31, end of year May 1 - June 30. */
export function defaultMonitoringWindows(year: {
  startsOn: string;
  endsOn: string;
}): WindowDates[] {
  return [
    {
      window: "MID_YEAR",
      opensOn: iso(monthStart(year.startsOn, 5)),
      closesOn: iso(dayBefore(monthStart(year.startsOn, 7))),
    },
    { window: "END_OF_YEAR", opensOn: iso(monthStart(year.startsOn, 10)), closesOn: year.endsOn },
  ];
}

/** Days after the year's end the end-of-year window may still be open (reports come in late). */
export const END_OF_YEAR_GRACE_DAYS = 90;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (s: string) =>
  ISO_DATE.test(s) && !Number.isNaN(utc(s).getTime()) && iso(utc(s)) === s;

/**
 * What is wrong with a year's window dates, each at its field ("windows.1.closesOn"): both
 * windows once each, real dates, opening before closing, inside the year (the end-of-year window
 * may close up to 90 days after it), mid-year closing before end of year opens.
 */
export function monitoringWindowIssues(
  year: { startsOn: string; endsOn: string },
  windows: readonly WindowDates[],
): { field: string; message: string }[] {
  const issues: { field: string; message: string }[] = [];
  for (const name of ["MID_YEAR", "END_OF_YEAR"] as const) {
    const n = windows.filter((w) => w.window === name).length;
    if (n !== 1)
      issues.push({ field: "windows", message: `Give ${name} once (it is given ${n} times).` });
  }
  const latest = iso(new Date(utc(year.endsOn).getTime() + END_OF_YEAR_GRACE_DAYS * 86_400_000));
  windows.forEach((w, i) => {
    for (const f of ["opensOn", "closesOn"] as const)
      if (!validDate(w[f]))
        issues.push({
          field: `windows.${i}.${f}`,
          message: `${f} must be a date like 2022-01-31.`,
        });
    if (!validDate(w.opensOn) || !validDate(w.closesOn)) return;
    if (w.opensOn > w.closesOn)
      issues.push({
        field: `windows.${i}.closesOn`,
        message: "The window closes before it opens.",
      });
    if (w.opensOn < year.startsOn)
      issues.push({
        field: `windows.${i}.opensOn`,
        message: `The window opens before the fiscal year (${year.startsOn}).`,
      });
    const last = w.window === "END_OF_YEAR" ? latest : year.endsOn;
    if (w.closesOn > last)
      issues.push({ field: `windows.${i}.closesOn`, message: `The window closes after ${last}.` });
  });
  const mid = windows.find((w) => w.window === "MID_YEAR");
  const end = windows.find((w) => w.window === "END_OF_YEAR");
  if (!issues.length && mid && end && mid.closesOn >= end.opensOn)
    issues.push({
      field: `windows.${windows.indexOf(end)}.opensOn`,
      message: "The end-of-year window opens before the mid-year window closes.",
    });
  return issues;
}

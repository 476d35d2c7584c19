import type { AccountSegmentKey, ChartOfAccounts } from "./chart.js";

/**
 * A budget line's full account string in the state's segment order (Georgia:
 * fund-year-function-object-program-facility). The fund and program codes a grant is booked to
 * are the district's (its ledger and the state's grant award name them), so they are entered per
 * award rather than shipped; the facility is the school's state code or the district office's.
 */
export interface AccountStringParts {
  fund: string | null;
  fiscalYear: number;
  functionCode: string | null;
  objectCode: string | null;
  program: string | null;
  facility: string | null;
}

export interface AccountSegmentValue {
  key: AccountSegmentKey;
  label: string;
  code: string | null;
}

export interface AccountString {
  /** The whole string, segments joined by "-"; null while a segment is unknown. */
  value: string | null;
  segments: AccountSegmentValue[];
  /** Labels of the segments still to enter, in order ("Fund", "Facility"). */
  missing: string[];
}

export function accountString(chart: ChartOfAccounts, parts: AccountStringParts): AccountString {
  const codeOf = (key: AccountSegmentKey, width: number): string | null => {
    switch (key) {
      case "fund":
        return parts.fund;
      case "year":
        return String(parts.fiscalYear).slice(-width);
      case "function":
        return parts.functionCode;
      case "object":
        return parts.objectCode;
      case "program":
        return parts.program;
      case "facility":
        return parts.facility;
    }
  };
  const segments = chart.segments.map((s) => ({
    key: s.key,
    label: s.label,
    code: codeOf(s.key, s.width) || null,
  }));
  const missing = segments.filter((s) => s.code === null).map((s) => s.label);
  return {
    value: missing.length ? null : segments.map((s) => s.code).join("-"),
    segments,
    missing,
  };
}

/** Segments a district enters itself (per award, or for its office), with their widths. */
export type EnteredSegment = "fund" | "program" | "facility";

/**
 * Why a code cannot fill a segment: it must be exactly the segment's width in digits. Null when
 * it can, or when the chart has no such segment (any code is then kept as given).
 */
export function segmentCodeProblem(
  chart: ChartOfAccounts,
  key: EnteredSegment,
  code: string,
): string | null {
  const segment = chart.segments.find((s) => s.key === key);
  if (!segment) return null;
  const digits = code.length === segment.width && [...code].every((c) => c >= "0" && c <= "9");
  return digits
    ? null
    : `${segment.label} code "${code}" must be ${segment.width} digits in the ${chart.state} chart of accounts.`;
}

/**
 * A school's facility code from its state id as the Common Core of Data writes it
 * ("GA-631-0104" -> "0104"): the last part, when it has the facility segment's width in digits.
 */
export function facilityOf(chart: ChartOfAccounts, stateSchoolId: string | null): string | null {
  if (!stateSchoolId) return null;
  const last = stateSchoolId.slice(stateSchoolId.lastIndexOf("-") + 1);
  return segmentCodeProblem(chart, "facility", last) === null ? last : null;
}

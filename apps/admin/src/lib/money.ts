import { formatMoney, PROGRAMS, readMoney } from "@allot/engine";

/**
 * Formats a Money string from the API ("4180273.5" or "4180273.50") as US dollars without going
 * through a float, so what is shown is exactly what is stored.
 */
export function formatUsd(amount: string): string {
  const m = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(amount);
  if (!m) return amount;
  const [, minus, whole = "0", fraction = ""] = m;
  // Commas every three digits from the right (a lookahead regex would be quadratic in the digits).
  let grouped = "";
  for (let i = 0; i < whole.length; i++)
    grouped += (i > 0 && (whole.length - i) % 3 === 0 ? "," : "") + whole[i];
  return `${minus ? "-" : ""}$${grouped}.${fraction.padEnd(2, "0")}`;
}

/**
 * Money as a person types it ("1,250.5", "$1250.50") as the API's decimal string ("1250.5"), or
 * null when it is not dollars and cents (the API would refuse it too).
 */
export function moneyInput(text: string): string | null {
  // The engine's money grammar, the one the API reads (commas only between groups of three); a
  // form takes no negative amount.
  const typed = text.trim().replace(/^\$\s*/, "");
  const cents = typed.startsWith("-") ? null : readMoney(typed);
  return cents === null ? null : formatMoney(cents);
}

/** Share of `part` in `whole` as a percentage 0-100 for progress bars (display only). */
export function percentOf(part: string, whole: string): number {
  const w = Number(whole);
  return w > 0 ? Math.min(100, Math.max(0, (Number(part) / w) * 100)) : 0;
}

/** Each program's label for narrow columns and charts, from the engine's program facts. */
export const PROGRAM_SHORT_NAMES: Record<string, string> = Object.fromEntries(
  Object.values(PROGRAMS).map((p) => [p.code, p.shortName]),
);

/** IDEA Part B's subgrants, as a share or a line names them. */
export const SUBGRANTS = [
  { value: "IDEA_611", label: "611 (3-21)" },
  { value: "IDEA_619", label: "619 preschool" },
];

/** Adds Money strings exactly, in cents. */
export function sumMoney(amounts: readonly string[]): string {
  let cents = 0n;
  for (const a of amounts) {
    const m = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(a);
    if (!m) continue;
    const v = BigInt(m[2]!) * 100n + BigInt((m[3] ?? "").padEnd(2, "0") || "0");
    cents += m[1] ? -v : v;
  }
  const neg = cents < 0n;
  const abs = neg ? -cents : cents;
  return `${neg ? "-" : ""}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
}

/** Money string to a number of dollars, for charts and exports only (never for arithmetic that is shown as money). */
export function dollarsOf(amount: string): number {
  return Number(amount);
}

const PROGRAM_COLORS: Record<string, string> = {
  TITLE_I_A: "teal.6",
  TITLE_I_A_1003: "grape.6",
  TITLE_II_A: "blue.6",
  TITLE_III_A: "orange.6",
  TITLE_IV_A: "cyan.6",
  IDEA_B: "pink.6",
  MCKINNEY_VENTO: "lime.7",
};

/** The same colour for a program in every chart. */
export function programColor(code: string): string {
  return PROGRAM_COLORS[code] ?? "gray.6";
}

import { useEffect } from "react";
import { useLocation } from "react-router";

// The fiscal year a person is looking at lives in the address (/dashboard/2022, /funding/2022,
// /scenarios/2022, /plan/2022/...), so a reload or a shared link keeps it. Pages without a year
// in their address (schools, import) remember the last one for the menu's links.
const YEAR_IN_PATH = /^\/(?:dashboard|funding|scenarios|plan)\/(\d{4})(?:\/|$)/;
const KEY = "allot.fiscalYear";

export function yearInPath(pathname: string): number | null {
  const m = YEAR_IN_PATH.exec(pathname);
  return m ? Number(m[1]) : null;
}

/** The year of the address, else the last one seen this session, else null (the default applies). */
export function useCurrentYear(): number | null {
  const { pathname } = useLocation();
  const inPath = yearInPath(pathname);
  useEffect(() => {
    if (inPath) sessionStorage.setItem(KEY, String(inPath));
  }, [inPath]);
  if (inPath) return inPath;
  const kept = Number(sessionStorage.getItem(KEY));
  return Number.isInteger(kept) && kept > 1990 ? kept : null;
}

/** Sets the browser tab's title to the page's, so tabs, history and screen readers name it. */
export function usePageTitle(title: string) {
  useEffect(() => {
    document.title = `${title} · Allot`;
  }, [title]);
}

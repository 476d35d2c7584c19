import type { EntityManager } from "@mikro-orm/postgresql";

import { District, FiscalYear, type ImplementationStatus } from "@allot/db";
import { PROGRAM_CODES, PROGRAMS } from "@allot/engine";

import { yearProgress } from "../monitoring/monitoring.service.js";
import { windowsOf } from "../monitoring/windows.js";
import { about, type Workbook } from "./exports.service.js";

const WINDOW_NAMES = { MID_YEAR: "Mid-year", END_OF_YEAR: "End of year" } as const;
const STATUS_NAMES: Record<ImplementationStatus, string> = {
  NOT_STARTED: "Not started",
  BEGINNING: "Beginning",
  PARTIAL: "Partially implemented",
  FULL: "Fully implemented",
  NOT_IMPLEMENTED: "Not implemented",
};

/**
 * The year's progress monitoring as the state's CLIP progress monitoring asks for it: one row per
 * action step and window, with the plan's own monitoring methods and role beside the status,
 * evidence, files and who recorded it, and the money budgeted on the step. A step not yet
 * recorded in a window has a row saying so, so nothing is missed when the sheet is copied over.
 */
export async function monitoringWorkbook(
  em: EntityManager,
  districtId: string,
  year: number,
  by: string,
): Promise<Workbook | null> {
  const fy = await em.findOne(FiscalYear, { district: districtId, year });
  if (!fy) return null;
  const district = await em.findOneOrFail(District, districtId);
  const { steps, records, artifacts, budgeted } = await yearProgress(em, districtId, year);
  const windows = windowsOf(fy);
  const rows: (string | number | null)[][] = [];
  for (const s of steps)
    for (const w of windows) {
      const r = records.find((x) => x.actionStep.id === s.id && x.window === w.window);
      rows.push([
        s.need.number,
        `${s.need.number}.${s.number}`,
        s.description,
        s.allowedFundingSources
          .getItems()
          .map((l) => l.fundingSource.code)
          .sort((a, b) => PROGRAM_CODES.indexOf(a) - PROGRAM_CODES.indexOf(b))
          .map((c) => PROGRAMS[c].shortName)
          .join(", "),
        s.monitoringImplementation,
        s.monitoringEffectiveness,
        s.positionsResponsible,
        WINDOW_NAMES[w.window as keyof typeof WINDOW_NAMES],
        `${w.opensOn} to ${w.closesOn}`,
        r ? STATUS_NAMES[r.status] : "Not recorded",
        r?.evidence ?? null,
        r?.notes ?? null,
        r
          ? artifacts
              .filter((a) => a.monitoring.id === r.id)
              .map((a) => a.fileName)
              .join("; ") || null
          : null,
        r?.recordedBy.replace(/^user:/, "") ?? null,
        r ? r.updatedAt.toISOString().slice(0, 10) : null,
        budgeted.get(s.id) ?? 0,
      ]);
    }
  return {
    fileName: `progress-monitoring-FY${year}`,
    sheets: [
      {
        name: "Progress monitoring",
        columns: [
          { header: "Overarching need", width: 10 },
          { header: "Action step #", width: 10 },
          { header: "Action step", width: 50 },
          { header: "Funding sources", width: 24 },
          { header: "Method for monitoring implementation", width: 40 },
          { header: "Method for monitoring effectiveness", width: 40 },
          { header: "Position/role responsible", width: 28 },
          { header: "Monitoring window", width: 14 },
          { header: "Window dates", width: 26 },
          { header: "Implementation status", width: 22 },
          { header: "Evidence of implementation", width: 40 },
          { header: "Notes", width: 30 },
          { header: "Artifacts", width: 30 },
          { header: "Recorded by", width: 28 },
          { header: "Recorded on", width: 12 },
          { header: "Budgeted", money: true, width: 16 },
        ],
        rows,
      },
      about(
        district,
        year,
        "The improvement plan's action steps, each step's progress per monitoring window, and the budget lines on each step",
        by,
      ),
    ],
  };
}

import type { MikroORM } from "@mikro-orm/postgresql";
import express, { type Response } from "express";

import { forkForDistrict, MonitoringArtifact } from "@allot/db";
import { isProgramCode, PROGRAM_CODES } from "@allot/engine";

import { idOfType } from "../../common/global-id.js";
import { principalOf } from "../../platform/auth/principal.js";
import type { ArtifactStore } from "../monitoring/artifact-store.js";
import {
  budgetWorkbook,
  edFiFinance,
  fundingWorkbook,
  scenarioWorkbook,
  type Workbook,
} from "./exports.service.js";
import { monitoringWorkbook } from "./monitoring.js";
import { payrollWorkbook } from "./payroll.js";
import { toCsv, toXlsx } from "./render.js";

/**
 * Downloads, with the same credentials and district scoping as the API (docs/API.md, Exports):
 *   GET /exports/funding/2022.xlsx|.csv[?scenarioId=]   funding per action step, the programs
 *   GET /exports/scenarios/<id>.xlsx|.csv               a run scenario's results, assumptions, compliance
 *   GET /exports/ed-fi/2022.json                        Ed-Fi LocalAccount and LocalBudget resources
 *   GET /exports/budget/2022.xlsx|.csv[?program=]       the budget by function and object, its lines,
 *                                                       money picture and compliance (not for school leaders)
 *   GET /exports/payroll/2022.xlsx|.csv                 positions' account strings and shares for payroll
 *                                                       (not for school leaders)
 *   GET /exports/monitoring/2022.xlsx|.csv              each action step's progress per monitoring window,
 *                                                       for the state's progress monitoring tool
 */
export function exportsRouter(orm: MikroORM, artifactStore: ArtifactStore | null): express.Router {
  const router = express.Router();
  router.use((_req, res, next) => {
    if (!principalOf(res)) {
      res.status(401).json({
        errors: [
          {
            message: "Sign in, or send an API token as `Authorization: Bearer <token>`.",
            extensions: { code: "UNAUTHENTICATED" },
          },
        ],
      });
      return;
    }
    next();
  });
  const who = (res: Response) => principalOf(res)!;
  const em = (res: Response) => forkForDistrict(orm, who(res).districtId);
  const notFound = (res: Response, what: string) =>
    res.status(404).json({
      errors: [
        { message: `${what} not found in your district.`, extensions: { code: "NOT_FOUND" } },
      ],
    });
  const send = async (res: Response, wb: Workbook, format: string) => {
    if (format === "csv") {
      res
        .type("text/csv; charset=utf-8")
        .attachment(`${wb.fileName}.csv`)
        .send(toCsv(wb.sheets[0]!));
    } else {
      res
        .type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .attachment(`${wb.fileName}.xlsx`)
        .send(await toXlsx(wb));
    }
  };

  router.get(/^\/funding\/(\d{4})\.(xlsx|csv)$/, async (req, res, next) => {
    try {
      const [year, format] = [Number(req.params[0]), String(req.params[1])];
      const raw = typeof req.query.scenarioId === "string" ? req.query.scenarioId : null;
      const scenarioId = raw ? idOfType(raw, "Scenario") : null;
      if (raw && !scenarioId) return void notFound(res, "That scenario was");
      const wb = await fundingWorkbook(
        em(res),
        who(res).districtId,
        year,
        scenarioId,
        who(res).label,
      );
      if (!wb) return void notFound(res, `Fiscal year ${year} (or that scenario) was`);
      await send(res, wb, format);
    } catch (e) {
      next(e);
    }
  });

  // The district-wide budget, as budgetCompliance and budgetByFunctionAndObject.
  const districtWideOnly = (res: Response) => {
    if (who(res).role !== "SCHOOL_LEADER") return false;
    res.status(403).json({
      errors: [
        {
          message: "A school leader's access does not include the district-wide budget.",
          extensions: { code: "FORBIDDEN" },
        },
      ],
    });
    return true;
  };

  router.get(/^\/payroll\/(\d{4})\.(xlsx|csv)$/, async (req, res, next) => {
    try {
      if (districtWideOnly(res)) return;
      const year = Number(req.params[0]);
      const wb = await payrollWorkbook(em(res), who(res).districtId, year, who(res).label);
      if (!wb) return void notFound(res, `Fiscal year ${year} was`);
      await send(res, wb, String(req.params[1]));
    } catch (e) {
      next(e);
    }
  });

  router.get(/^\/monitoring\/(\d{4})\.(xlsx|csv)$/, async (req, res, next) => {
    try {
      const year = Number(req.params[0]);
      const wb = await monitoringWorkbook(em(res), who(res).districtId, year, who(res).label);
      if (!wb) return void notFound(res, `Fiscal year ${year} was`);
      await send(res, wb, String(req.params[1]));
    } catch (e) {
      next(e);
    }
  });

  router.get(/^\/budget\/(\d{4})\.(xlsx|csv)$/, async (req, res, next) => {
    try {
      if (districtWideOnly(res)) return;
      const raw = typeof req.query.program === "string" ? req.query.program : null;
      if (raw !== null && !isProgramCode(raw))
        return void res.status(400).json({
          errors: [
            {
              message: `program must be one of ${PROGRAM_CODES.join(", ")}.`,
              extensions: { code: "INVALID" },
            },
          ],
        });
      const year = Number(req.params[0]);
      const wb = await budgetWorkbook(em(res), who(res).districtId, year, raw, who(res).label);
      if (!wb) return void notFound(res, `Fiscal year ${year} was`);
      await send(res, wb, String(req.params[1]));
    } catch (e) {
      next(e);
    }
  });

  router.get(/^\/scenarios\/([\w-]+)\.(xlsx|csv)$/, async (req, res, next) => {
    try {
      const id = idOfType(String(req.params[0]), "Scenario");
      const wb = id
        ? await scenarioWorkbook(
            em(res),
            who(res).districtId,
            id,
            who(res).schoolId,
            who(res).label,
          )
        : null;
      if (!wb) return void notFound(res, "A run scenario with that id was");
      await send(res, wb, String(req.params[1]));
    } catch (e) {
      next(e);
    }
  });

  // A monitoring artifact as it was uploaded (the district's own; ids are uuids).
  router.get(/^\/monitoring-artifacts\/([0-9a-f-]{36})$/, async (req, res, next) => {
    try {
      const artifact = await em(res).findOne(
        MonitoringArtifact,
        { id: String(req.params[0]), district: who(res).districtId },
        { populate: ["content"] },
      );
      if (!artifact) return void notFound(res, "That file was");
      const bytes =
        artifact.storedIn === "DIRECTORY"
          ? await artifactStore?.get(artifact.district.id, artifact.sha256)
          : artifact.content;
      if (!bytes)
        return void res.status(503).json({
          errors: [
            {
              message: artifactStore
                ? "The file is missing from the artifact store (or was changed there); restore it from backup."
                : "The file is in the artifact store, and ARTIFACT_DIR is not set on this server.",
              extensions: { code: "ARTIFACT_UNAVAILABLE" },
            },
          ],
        });
      res
        .type(artifact.contentType)
        .attachment(artifact.fileName)
        .set("x-content-type-options", "nosniff")
        .send(bytes);
    } catch (e) {
      next(e);
    }
  });

  router.get(/^\/ed-fi\/(\d{4})\.json$/, async (req, res, next) => {
    try {
      const data = await edFiFinance(
        em(res),
        who(res).districtId,
        Number(req.params[0]),
        who(res).schoolId,
      );
      if (!data) return void notFound(res, `Fiscal year ${String(req.params[0])} was`);
      res.attachment(`ed-fi-finance-FY${String(req.params[0])}.json`).json(data);
    } catch (e) {
      next(e);
    }
  });
  return router;
}

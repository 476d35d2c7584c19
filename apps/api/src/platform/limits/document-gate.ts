import type { NextFunction, Request, Response } from "express";
import {
  Kind,
  OperationTypeNode,
  parse,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";

import { graphqlRequestOf } from "../../common/graphql-request.js";
import { rootFieldReader } from "../../common/root-fields.js";
import { principalOf } from "../auth/principal.js";
import { PUBLIC_FIELDS } from "../auth/roles.js";
import { operationCost } from "./cost.js";
import { LIMITS } from "./limits.plugin.js";
import { EMPTY_SIZES, type DistrictSizesReader } from "./list-sizes.js";

/** A request the gate refused, for the access log and the metrics (Apollo never sees it). */
export interface Refusal {
  operation: string | null;
  type: string | null;
  status: number;
  code: string;
  seconds: number;
}

export interface GateOptions {
  schema: GraphQLSchema;
  /** Row counts of the caller's district: what each list really holds (list-sizes.ts). */
  sizes: DistrictSizesReader;
  onRefused?: (res: Response, refusal: Refusal) => void;
}

/**
 * The first thing a GraphQL request meets after its credential: one bounded parse (the token
 * limit), then, in passes linear in the document, whether a signed-out caller asks for anything
 * but the public fields (refused with nothing else done), one mutation per request, the size of
 * the variables and the estimated cost. Only a document that passes reaches Apollo's validation
 * and execution, so no document can make those expensive. The cost goes on `res.locals.cost`.
 */
export function documentGate(o: GateOptions) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const started = performance.now();
    let named: { operation: string | null; type: string | null } = { operation: null, type: null };
    const refuse = (
      status: number,
      code: string,
      message: string,
      extensions: Record<string, unknown> = {},
    ) => {
      res.status(status).json({ errors: [{ message, extensions: { code, ...extensions } }] });
      o.onRefused?.(res, { ...named, status, code, seconds: (performance.now() - started) / 1000 });
    };
    try {
      const { query, variables, operationName } = graphqlRequestOf(req);
      if (typeof query !== "string") return next(); // Apollo says what is missing
      let document: DocumentNode;
      try {
        document = parse(query, { maxTokens: LIMITS.maxTokens, noLocation: true });
      } catch {
        return next(); // Apollo parses it again (bounded the same way) and names the syntax error
      }
      const operations = document.definitions.filter(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      );
      const roots = rootFieldReader(document);
      const principal = principalOf(res);
      const chosen = operationName
        ? operations.find((op) => op.name?.value === operationName)
        : operations.length === 1
          ? operations[0]
          : undefined;
      named = {
        operation: chosen?.name?.value ?? operationName ?? null,
        type: chosen?.operation ?? null,
      };
      if (!principal) {
        // Signed out: every operation of the document, so that none can be analysed for free.
        for (const op of operations) {
          for (const field of roots(op.selectionSet).names) {
            if (!PUBLIC_FIELDS.has(field))
              return refuse(
                401,
                "UNAUTHENTICATED",
                "Sign in, or send an API token as `Authorization: Bearer <token>`.",
              );
          }
        }
      }
      const operation = chosen;
      if (!operation) return next(); // Apollo names the missing or ambiguous operation
      if (operation.operation === OperationTypeNode.MUTATION) {
        const { uses } = roots(operation.selectionSet);
        // Each mutation is its own transaction; two in one request could half-succeed under one answer.
        if (uses > 1)
          return refuse(
            400,
            "ONE_MUTATION_PER_REQUEST",
            `Send one mutation per request (this one has ${uses}); each is answered, and retried, on its own.`,
          );
      }
      const values = countValues(variables, LIMITS.maxVariableValues);
      if (values > LIMITS.maxVariableValues) {
        return refuse(
          400,
          "VARIABLES_TOO_LARGE",
          `The variables hold more than ${LIMITS.maxVariableValues} values; send smaller lists.`,
        );
      }
      const sizes = principal ? await o.sizes.get(principal.districtId) : EMPTY_SIZES;
      const cost = operationCost(
        o.schema,
        document,
        operation,
        isRecord(variables) ? variables : {},
        sizes,
      );
      res.locals.cost = cost;
      if (cost > LIMITS.maxCost) {
        return refuse(
          400,
          "QUERY_TOO_COSTLY",
          `This query's estimated cost is ${Number.isFinite(cost) ? cost : "unbounded"}, over the limit of ${LIMITS.maxCost}: ask for smaller pages or fewer fields.`,
          {
            cost: { requested: Number.isFinite(cost) ? cost : null, limit: LIMITS.maxCost },
          },
        );
      }
      next();
    } catch (e) {
      next(e);
    }
  };
}

/** Counts the values in a JSON value, stopping as soon as the count passes `stopAt`. */
export function countValues(value: unknown, stopAt: number): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length && count <= stopAt) {
    const v = stack.pop();
    count += 1;
    if (Array.isArray(v)) for (const item of v) stack.push(item);
    else if (isRecord(v)) for (const item of Object.values(v)) stack.push(item);
  }
  return count;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

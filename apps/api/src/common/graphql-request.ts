import type { Request } from "express";

/** A GraphQL request's parts, as Apollo reads them: a JSON POST's body or a GET's query string. */
export interface GraphQLRequestParts {
  query: unknown;
  variables: unknown;
  operationName: string | undefined;
  extensions: unknown;
}

/** A GET sends variables and extensions as JSON text; unreadable text is left for Apollo to name. */
function parsed(text: unknown): unknown {
  if (typeof text !== "string") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The request's document, variables, operation name and extensions. */
export function graphqlRequestOf(req: Request): GraphQLRequestParts {
  const get = req.method === "GET";
  const source: unknown = get ? req.query : req.body;
  if (typeof source !== "object" || source === null || Array.isArray(source))
    return {
      query: undefined,
      variables: undefined,
      operationName: undefined,
      extensions: undefined,
    };
  const r = source as Record<string, unknown>;
  return {
    query: r.query,
    variables: get ? parsed(r.variables) : r.variables,
    operationName: typeof r.operationName === "string" ? r.operationName : undefined,
    extensions: get ? parsed(r.extensions) : r.extensions,
  };
}

import type { ApolloServerPlugin } from "@apollo/server";
import type { MikroORM } from "@mikro-orm/postgresql";
import {
  context,
  propagation,
  SpanKind,
  SpanStatusCode,
  trace,
  type Span,
} from "@opentelemetry/api";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor, NodeTracerProvider } from "@opentelemetry/sdk-trace-node";
import type { NextFunction, Request, Response } from "express";

import type { Context } from "../../context.js";

/**
 * OpenTelemetry tracing, on when OTEL_EXPORTER_OTLP_ENDPOINT is set: a span per HTTP request to
 * /graphql (continuing the caller's W3C `traceparent`), one per GraphQL operation inside it and
 * one per SQL statement inside that, sent over OTLP/HTTP to a collector (Jaeger, Tempo, Honeycomb,
 * Datadog, ...). Off, none of this runs.
 */
export function startTracing(o: { serviceName: string; endpoint?: string }): {
  flush(): Promise<void>;
  shutdown(): Promise<void>;
} {
  const exporter = new OTLPTraceExporter(
    o.endpoint ? { url: `${o.endpoint.replace(/\/$/, "")}/v1/traces` } : {},
  );
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": o.serviceName }),
    spanProcessors: [new BatchSpanProcessor(exporter, { scheduledDelayMillis: 1_000 })],
  });
  provider.register(); // the W3C propagator and an AsyncLocalStorage context manager
  return { flush: () => provider.forceFlush(), shutdown: () => provider.shutdown() };
}

const tracer = () => trace.getTracer("allot-api");

/** Express middleware: the server span of a request, current while the request is answered. */
export function traceRequests() {
  return (req: Request, res: Response, next: NextFunction) => {
    const parent = propagation.extract(context.active(), req.headers);
    const span = tracer().startSpan(
      `${req.method} ${req.baseUrl || req.path}`,
      {
        kind: SpanKind.SERVER,
        attributes: {
          "http.request.method": req.method,
          "url.path": req.originalUrl.split("?")[0],
        },
      },
      parent,
    );
    res.on("finish", () => {
      span.setAttribute("http.response.status_code", res.statusCode);
      const requestId = res.getHeader("x-request-id");
      if (requestId) span.setAttribute("allot.request_id", String(requestId));
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    context.with(trace.setSpan(parent, span), next);
  };
}

/** A span per GraphQL operation, named after it, with its errors. */
export function tracingPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const span = tracer().startSpan("graphql");
      return {
        async didResolveOperation({ operation, operationName }) {
          const type = operation?.operation ?? "query";
          span.updateName(
            `graphql ${type} ${operationName ?? operation?.name?.value ?? "anonymous"}`,
          );
          span.setAttributes({
            "graphql.operation.type": type,
            "graphql.operation.name": operationName ?? "",
          });
        },
        async willSendResponse({ errors }) {
          if (errors?.length) {
            span.setStatus({ code: SpanStatusCode.ERROR, message: errors[0]!.message });
            for (const e of errors) span.recordException(e);
          }
          span.end();
        },
      };
    },
  };
}

/** A span per SQL statement the ORM sends (knex's query events), under the request's span. */
export function traceStatements(orm: MikroORM): void {
  const knex = orm.em.getConnection().getKnex();
  const open = new Map<string, Span>();
  knex.on("query", (q: { __knexQueryUid: string; sql: string }) => {
    open.set(
      q.__knexQueryUid,
      tracer().startSpan("db.query", {
        kind: SpanKind.CLIENT,
        attributes: { "db.system.name": "postgresql", "db.query.text": q.sql.slice(0, 2_000) },
      }),
    );
  });
  const end = (error: Error | null, q: { __knexQueryUid: string }) => {
    const span = open.get(q.__knexQueryUid);
    if (!span) return;
    open.delete(q.__knexQueryUid);
    if (error) span.setStatus({ code: SpanStatusCode.ERROR, message: error.message });
    span.end();
  };
  knex.on("query-response", (_r: unknown, q: { __knexQueryUid: string }) => end(null, q));
  knex.on("query-error", (e: Error, q: { __knexQueryUid: string }) => end(e, q));
}

/** The current trace's id, for the logs (empty when tracing is off). */
export function currentTraceId(): string | undefined {
  const id = trace.getActiveSpan()?.spanContext().traceId;
  return id && id !== "00000000000000000000000000000000" ? id : undefined;
}

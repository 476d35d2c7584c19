import type { NextFunction, Request, Response } from "express";
import { Redis } from "ioredis";
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";

import { principalOf } from "../auth/principal.js";

export interface RateLimitOptions {
  /** Requests per minute for one person or token. */
  perMinute: number;
  /** Requests per minute from one address while signed out (sign-in attempts included). */
  anonymousPerMinute: number;
  /** Shared counters across API processes; in memory (per process) when absent. */
  redisUrl?: string | undefined;
}

export interface RateLimiter {
  middleware: (req: Request, res: Response, next: NextFunction) => void;
  close(): Promise<void>;
}

/**
 * Limits requests per user or token (per address when signed out). With Redis every process
 * counts against the same budget; if Redis fails, each process falls back to its own memory
 * counters instead of refusing everyone.
 */
export function createRateLimiter(o: RateLimitOptions): RateLimiter {
  const redis = o.redisUrl
    ? new Redis(o.redisUrl, {
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
        lazyConnect: false,
      })
    : null;
  redis?.on("error", () => undefined); // the insurance limiter covers an outage; ioredis reconnects
  const make = (points: number, keyPrefix: string): RateLimiterAbstract =>
    redis
      ? new RateLimiterRedis({
          storeClient: redis,
          points,
          duration: 60,
          keyPrefix,
          insuranceLimiter: new RateLimiterMemory({ points, duration: 60, keyPrefix }),
        })
      : new RateLimiterMemory({ points, duration: 60, keyPrefix });
  const signedIn = make(o.perMinute, "allot:rl:principal");
  const anonymous = make(o.anonymousPerMinute, "allot:rl:address");

  return {
    middleware(req, res, next) {
      const p = principalOf(res);
      const [limiter, key] = p ? [signedIn, `${p.kind}:${p.id}`] : [anonymous, req.ip ?? "unknown"];
      limiter.consume(key).then(
        (r) => {
          res.setHeader("RateLimit-Remaining", String(r.remainingPoints));
          next();
        },
        (e: unknown) => {
          if (!(e instanceof RateLimiterRes)) {
            next(e);
            return;
          }
          const seconds = Math.max(1, Math.ceil(e.msBeforeNext / 1000));
          res.setHeader("Retry-After", String(seconds));
          res.status(429).json({
            errors: [
              {
                message: `Too many requests: try again in ${seconds} s.`,
                extensions: { code: "RATE_LIMITED", retryAfterSeconds: seconds },
              },
            ],
          });
        },
      );
    },
    async close() {
      await redis?.quit().catch(() => undefined);
    },
  };
}

import { createHmac, timingSafeEqual } from "node:crypto";

import type { MikroORM } from "@mikro-orm/postgresql";
import { parse as parseCookies } from "cookie";
import express, { type Router } from "express";
import * as client from "openid-client";

import { User, withAudit } from "@allot/db";

import { setSessionCookie, startSession } from "./auth.service.js";

export interface OidcOptions {
  /** The identity provider, e.g. https://login.microsoftonline.com/<tenant>/v2.0 or https://accounts.google.com. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** This server's callback as registered with the provider: https://allot.example.org/auth/oidc/callback. */
  redirectUrl: string;
  /** The sign-in button's words, e.g. "Sign in with Microsoft". */
  label: string;
  /** Plain http for an issuer on this machine (tests, local development only). */
  allowHttp?: boolean;
}

const FLOW_COOKIE = "allot_oidc";
const FLOW_MINUTES = 10;

/**
 * Single sign-on by OpenID Connect (authorization code flow with PKCE, state and nonce) with
 * openid-client. Only people the district has already added may sign in: the first time, the
 * provider's verified email finds their account and links its subject; after that, the subject.
 */
export function oidcRoutes(
  orm: MikroORM,
  secret: string,
  production: boolean,
  o: OidcOptions,
): Router {
  const router = express.Router();
  let config: Promise<client.Configuration> | null = null;
  const discover = () => {
    config ??= client
      .discovery(
        new URL(o.issuer),
        o.clientId,
        o.clientSecret,
        undefined,
        o.allowHttp ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((e: unknown) => {
        config = null; // try again on the next sign-in
        throw e;
      });
    return config;
  };
  const sign = (value: string) =>
    `${value}.${createHmac("sha256", secret).update(value).digest("base64url")}`;
  const unsign = (signed: string | undefined) => {
    const at = signed?.lastIndexOf(".") ?? -1;
    if (!signed || at < 0) return null;
    const value = signed.slice(0, at);
    const expected = Buffer.from(sign(value));
    return expected.length === Buffer.byteLength(signed) &&
      timingSafeEqual(expected, Buffer.from(signed))
      ? value
      : null;
  };
  const fail = (res: express.Response, why: string) =>
    res.redirect(303, `/sign-in?error=${encodeURIComponent(why)}`);

  router.get("/login", async (_req, res, next) => {
    try {
      const cfg = await discover();
      const verifier = client.randomPKCECodeVerifier();
      const flow = { verifier, state: client.randomState(), nonce: client.randomNonce() };
      res.cookie(FLOW_COOKIE, sign(Buffer.from(JSON.stringify(flow)).toString("base64url")), {
        httpOnly: true,
        sameSite: "lax",
        secure: production,
        path: "/auth/oidc",
        maxAge: FLOW_MINUTES * 60_000,
      });
      const url = client.buildAuthorizationUrl(cfg, {
        redirect_uri: o.redirectUrl,
        scope: "openid email profile",
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: "S256",
        state: flow.state,
        nonce: flow.nonce,
      });
      res.redirect(303, url.href);
    } catch (e) {
      next(e);
    }
  });

  router.get("/callback", async (req, res) => {
    const raw = unsign(parseCookies(req.headers.cookie ?? "")[FLOW_COOKIE]);
    res.clearCookie(FLOW_COOKIE, { path: "/auth/oidc" });
    if (!raw)
      return fail(res, "The single sign-on took too long or was started elsewhere; try again.");
    const flow = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as {
      verifier: string;
      state: string;
      nonce: string;
    };
    let subject: string;
    let email: string | null;
    try {
      const cfg = await discover();
      const current = new URL(req.originalUrl, o.redirectUrl);
      const tokens = await client.authorizationCodeGrant(cfg, current, {
        pkceCodeVerifier: flow.verifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
      });
      const claims = tokens.claims();
      if (!claims) return fail(res, "The identity provider sent no identity.");
      // Some providers put the email only in the UserInfo answer, not in the ID token.
      const info: Record<string, unknown> =
        typeof claims.email === "string"
          ? { ...claims }
          : { ...(await client.fetchUserInfo(cfg, tokens.access_token, claims.sub)) };
      subject = `${claims.iss}|${claims.sub}`;
      email =
        typeof info.email === "string" && info.email_verified === true
          ? info.email.toLowerCase()
          : null;
    } catch {
      return fail(res, "The identity provider did not confirm who you are; try again.");
    }
    const em = orm.em.fork();
    const user =
      (await em.findOne(User, { oidcSubject: subject })) ??
      (email ? await em.findOne(User, { email, oidcSubject: null }) : null);
    if (!user || user.disabled)
      return fail(
        res,
        "Your district has not given you access to Allot yet; ask its administrator.",
      );
    const { sessionToken } = await withAudit(
      { actor: `user:${user.email}`, action: "signIn (single sign-on)", requestId: null },
      () => {
        user.oidcSubject = subject;
        return startSession(em, secret, user);
      },
    );
    setSessionCookie(res, sessionToken, production);
    res.redirect(303, "/");
  });
  return router;
}

import http from "node:http";

import Provider from "oidc-provider";

/**
 * A real OpenID Connect provider (oidc-provider, the certified Node implementation) on this
 * machine, standing in for Microsoft Entra or Google. Its development login page accepts any
 * account name, which becomes the person's verified email.
 */
export async function startOidcProvider(o: { port: number; redirectUri: string }) {
  const issuer = `http://127.0.0.1:${o.port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: "allot",
        client_secret: "allot-e2e-client-secret",
        redirect_uris: [o.redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    findAccount: (_ctx, id) => ({
      accountId: id,
      claims: () => ({ sub: `subject-${id}`, email: id, email_verified: true, name: id }),
    }),
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
    cookies: { keys: ["e2e-provider-cookie-key"] },
  });
  const handle = provider.callback();
  const server = http.createServer((req, res) => void handle(req, res));
  await new Promise<void>((r) => server.listen(o.port, "127.0.0.1", r));
  return {
    issuer,
    clientId: "allot",
    clientSecret: "allot-e2e-client-secret",
    stop: () => new Promise<void>((r) => server.close(() => r())),
  };
}

import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { anonymous } from "better-auth/plugins";
import { GUEST_SIGN_IN_PATH, SESSION } from "@/lib/config";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { isSecureConnection } from "./connection";

/** better-auth, configured once per kind of connection; the rest of the app goes through ./session.ts. */
function createAuth(secure: boolean) {
  const { BETTER_AUTH_SECRET, APP_URL, GUEST_SESSIONS_PER_MINUTE } = env();
  return betterAuth({
    appName: "Récits croisés",
    database: prismaAdapter(db(), { provider: "postgresql" }),
    secret: BETTER_AUTH_SECRET,
    ...(APP_URL ? { baseURL: APP_URL } : {}),
    session: {
      expiresIn: SESSION.maxAgeSeconds,
      updateAge: SESSION.refreshAfterSeconds,
      // A signed copy of the session in a cookie spares one query per page for five minutes.
      cookieCache: { enabled: true, maxAge: 5 * 60 },
    },
    user: {
      additionalFields: { role: { type: "string", input: false, defaultValue: "LEARNER", required: false } },
    },
    advanced: { useSecureCookies: secure },
    // In PostgreSQL, so that every instance of the app counts the same requests; on in every
    // environment so that tests exercise it. Guests are counted per client address.
    rateLimit: {
      enabled: true,
      storage: "database",
      customRules: { [GUEST_SIGN_IN_PATH]: { window: 60, max: GUEST_SESSIONS_PER_MINUTE } },
    },
    plugins: [anonymous({ emailDomainName: "guest.invalid" }), nextCookies()],
    telemetry: { enabled: false },
  });
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { auth?: { secure?: Auth; plain?: Auth } };

/**
 * The instance for this request's connection: Secure cookies over HTTPS, plain ones over HTTP
 * (./connection.ts). Created on first use, not at import, so that `next build` needs no secret.
 */
export function getAuth(requestHeaders: Headers): Auth {
  const secure = isSecureConnection(requestHeaders, env().APP_URL);
  const instances = (globalForAuth.auth ??= {});
  const kind = secure ? "secure" : "plain";
  instances[kind] ??= createAuth(secure);
  return instances[kind];
}

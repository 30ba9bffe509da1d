import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { anonymous } from "better-auth/plugins";
import { SESSION } from "@/lib/config";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

/** The only better-auth instance; the rest of the app goes through ./session.ts. */
function createAuth() {
  const { BETTER_AUTH_SECRET, APP_URL } = env();
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
    plugins: [anonymous({ emailDomainName: "guest.invalid" }), nextCookies()],
    telemetry: { enabled: false },
  });
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { auth?: Auth };

/** Created on first use, not at import, so that `next build` needs no secret or database. */
export function getAuth(): Auth {
  globalForAuth.auth ??= createAuth();
  return globalForAuth.auth;
}

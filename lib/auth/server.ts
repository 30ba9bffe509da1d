import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { anonymous } from "better-auth/plugins";
import { adoptGuestAttempts } from "@/lib/attempts/mutations";
import {
  GUEST_SIGN_IN_PATH,
  PASSWORD_CHECK_PATH,
  PASSWORD_SIGN_IN_PATH,
  PASSWORD_SIGN_UP_PATH,
  PASSWORDS,
  PLACEHOLDER_EMAIL_DOMAINS,
  SESSIONS,
} from "@/lib/config";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { isSecureConnection } from "./connection";
import { authDatabase } from "./database";
import { guardNewPassword } from "./password-guard";
import { holderOf, sessionEnd } from "./session-policy";

/**
 * Guards on better-auth's public endpoints. Its e-mail sign-up is the teachers' (students are
 * created by their class: lib/classes/students.ts and join.ts), so it refuses the reserved
 * placeholder domains; nobody renames themselves through it (a student's name is their class's to
 * give); and a new password passes the app's password rule (./password-guard.ts).
 */
const guards = createAuthMiddleware(async (ctx) => {
  if (ctx.path === "/update-user") throw new APIError("FORBIDDEN", { message: "Names are not changed here." });
  if (ctx.path === PASSWORD_SIGN_UP_PATH) {
    const email = (ctx.body as { email?: unknown } | undefined)?.email;
    if (typeof email === "string" && email.trim().toLowerCase().endsWith(".invalid")) throw new APIError("BAD_REQUEST", { message: "Reserved address." });
  }
  await guardNewPassword(ctx);
});

/** better-auth, configured once per kind of connection; the rest of the app goes through ./session.ts. */
function createAuth(secure: boolean) {
  const { BETTER_AUTH_SECRET, APP_URL, GUEST_SESSIONS_PER_MINUTE, SIGN_INS_PER_MINUTE } = env();
  return betterAuth({
    appName: "Récits croisés",
    database: prismaAdapter(authDatabase(db()), { provider: "postgresql" }),
    secret: BETTER_AUTH_SECRET,
    ...(APP_URL ? { baseURL: APP_URL } : {}),
    session: {
      // The longest any session lasts (a guest's); each ends earlier by who holds it (the hook below).
      expiresIn: SESSIONS.guest.maxAgeMs / 1000,
      // Never extended by use: a session ends at the date set at sign-in (ASVS 3.3).
      disableSessionRefresh: true,
      // A signed copy of the session in a cookie spares the reads of a learner's own work one query
      // for five minutes; whatever changes something checks the session itself (./session.ts).
      cookieCache: { enabled: true, maxAge: 5 * 60 },
    },
    // No sign-in at sign-up: better-auth then answers a taken address as it answers a new one, and
    // the app signs in separately, within its limits (lib/auth/accounts.ts signUpTeacher).
    emailAndPassword: { enabled: true, autoSignIn: false, minPasswordLength: PASSWORDS.min, maxPasswordLength: PASSWORDS.max },
    user: {
      additionalFields: { role: { type: "string", input: false, defaultValue: "LEARNER", required: false } },
    },
    databaseHooks: {
      session: {
        create: {
          // The session's end by who holds it: a teacher's a week, a student's a month, a guest's a year.
          before: async (session) => {
            const user = await db().user.findUnique({ where: { id: session.userId }, select: { role: true, isAnonymous: true } });
            return { data: { ...session, expiresAt: sessionEnd(holderOf(user ?? {}), new Date()) } };
          },
        },
      },
      user: {
        create: {
          // Only teachers sign up with an address; guests and students never pass through here.
          before: async (user, ctx) => (ctx?.path === PASSWORD_SIGN_UP_PATH ? { data: { ...user, role: "TEACHER" } } : undefined),
        },
      },
    },
    hooks: { before: guards },
    advanced: {
      useSecureCookies: secure,
      // The first address there is the client's: the reverse proxy overwrites the header with the
      // address it saw (docs/deploy.md), and Next.js fills it from the connection when absent.
      ipAddress: { ipAddressHeaders: ["x-forwarded-for"] },
    },
    // In PostgreSQL, so that every instance of the app counts the same requests; on in every
    // environment so that tests exercise it. Counted per client address and path. Signing in with
    // a password has the app's own limits instead (per account, and per address for browsers new
    // to the account: lib/auth/limits.ts), which a whole school behind one address cannot trip.
    rateLimit: {
      enabled: true,
      storage: "database",
      customRules: {
        [GUEST_SIGN_IN_PATH]: { window: 60, max: GUEST_SESSIONS_PER_MINUTE },
        [PASSWORD_SIGN_IN_PATH]: false,
        [PASSWORD_SIGN_UP_PATH]: { window: 60, max: SIGN_INS_PER_MINUTE },
        [PASSWORD_CHECK_PATH]: { window: 60, max: SIGN_INS_PER_MINUTE },
      },
    },
    plugins: [
      anonymous({
        emailDomainName: PLACEHOLDER_EMAIL_DOMAINS.guests,
        // A guest who signs in, joins a class or signs up keeps their self-study; the plugin then deletes the guest.
        onLinkAccount: async ({ anonymousUser, newUser }) => {
          await adoptGuestAttempts(anonymousUser.user.id, newUser.user.id);
        },
      }),
      nextCookies(),
    ],
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

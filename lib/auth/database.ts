import "server-only";
import { APIError } from "better-auth/api";
import { isDatabaseUnavailable } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The database better-auth works on: the app's Prisma client, with a PostgreSQL that cannot be
 * reached reported as better-auth's own error (503, code DATABASE_UNAVAILABLE) that keeps what
 * caused it. Otherwise better-auth's session lookup turns the failure into "Failed to get session"
 * (500) without its cause, and every request whose signed cookie copy had expired answered 500
 * INTERNAL instead of 503 while the database was down (lib/errors.ts isDatabaseUnavailable reads
 * the cause). Its own APIErrors pass through its endpoints untouched.
 */
export function authDatabase(client: PrismaClient) {
  return client.$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (error) {
          throw isDatabaseUnavailable(error) ? databaseUnavailable(error) : error;
        }
      },
    },
  });
}

/** better-auth's answer for an unreachable database; the cause stays out of the body its handler sends. */
export function databaseUnavailable(cause: unknown): APIError {
  return Object.assign(new APIError("SERVICE_UNAVAILABLE", { code: "DATABASE_UNAVAILABLE", message: "The database cannot be reached." }), { cause });
}

import "server-only";
import { z } from "zod";
import { GUESTS, PURGE, SIGN_INS } from "@/lib/config";
import { parseInterval } from "@/lib/retention/interval";

/**
 * The only module that reads process.env (scripts and config files excepted). Empty strings count
 * as missing. DATABASE_URL is always set by the time the app runs: scripts/dev.ts and
 * scripts/start.ts start an embedded PostgreSQL when the user did not give one.
 */
const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);

const serverSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.preprocess(emptyAsUndefined, z.string().url()),
  BETTER_AUTH_SECRET: z.preprocess(emptyAsUndefined, z.string().min(32)),
  /** Public origin of the app, e.g. https://recits.example.org; inferred from requests when unset. */
  APP_URL: z.preprocess(emptyAsUndefined, z.string().url().optional()),
  /** Guest sessions one client address may create per minute (lib/config.ts GUESTS). */
  GUEST_SESSIONS_PER_MINUTE: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).default(GUESTS.defaultPerAddressPerMinute)),
  /** Failed sign-ins one client address may make per minute from browsers new to their accounts, and sign-ups (lib/config.ts SIGN_INS). */
  SIGN_INS_PER_MINUTE: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).default(SIGN_INS.defaultPerAddressPerMinute)),
  LOG_LEVEL: z.preprocess(emptyAsUndefined, z.enum(["debug", "info", "warn", "error"]).default("info")),
  /** How often the server runs the purge, "24h" by default; "off" leaves it to cron (docs/deploy.md). Milliseconds, or null. */
  PURGE_EVERY: z.preprocess(emptyAsUndefined, z.string().optional()).transform((text, ctx) => {
    const ms = text === undefined ? PURGE.everyMs : parseInterval(text);
    if (ms === undefined) ctx.addIssue({ code: "custom", message: 'a duration such as "24h", "30m" or "90s", or "off"' });
    return ms ?? null;
  }),
});

export type ServerEnv = z.infer<typeof serverSchema>;

function parseEnv(): ServerEnv {
  const parsed = serverSchema.safeParse(process.env);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(
      `Invalid environment (${fields.join("; ")}). Start the app with "npm run dev" or "npm start", ` +
        "which provide DATABASE_URL and BETTER_AUTH_SECRET, or set them yourself.",
    );
  }
  return parsed.data;
}

let cached: ServerEnv | undefined;

/** NODE_ENV alone, readable without a database configured (e.g. during `next build`). */
export const isDevelopment = () => process.env.NODE_ENV === "development";

/** Validated on first use rather than at import, so that `next build` needs no database. */
export function env(): ServerEnv {
  cached ??= parseEnv();
  return cached;
}

/** Typed constants shared by server and client: one place for each tunable number. */

export const LOCALES = ["fr", "en"] as const;
export type AppLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = "fr";

/** Where times are shown (pages, exports): the schools this is made for. */
export const TIME_ZONE = "Europe/Paris";

export const AUTOSAVE = {
  /** Quiet time after the last keystroke before a save is sent. */
  debounceMs: 800,
  /** Retry delays after a failed save; the last one repeats until the save goes through. */
  retryDelaysMs: [1_000, 2_000, 5_000, 10_000, 30_000],
} as const;

export const ANSWER_LIMITS = {
  /** Hard cap for any open-text field, whatever a question allows. */
  maxTextLength: 10_000,
  /** Request bodies above this are refused before parsing. */
  maxBodyBytes: 64 * 1024,
} as const;

export const MINUTE = 60 * 1000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/**
 * How long a session lasts, by who holds it (lib/auth/session-policy.ts; the privacy page states
 * the same numbers from here). Sessions are not extended by use: each ends at the latest this long
 * after its sign-in; a teacher's also ends after `idleMs` without a request (OWASP ASVS 3.3).
 */
export const SESSIONS = {
  /** A guest's work is tied to their browser: up to a year. */
  guest: { maxAgeMs: 365 * DAY },
  /** A student signs in again at least once a month. */
  student: { maxAgeMs: 30 * DAY },
  /** A teacher signs in again every week, and after half a day away. */
  teacher: { maxAgeMs: 7 * DAY, idleMs: 12 * HOUR },
  /** How often a teacher's last request is written down (for the idle limit): at most once a minute. */
  lastSeenEveryMs: 60 * 1000,
} as const;

/** better-auth's path for creating a guest, counted by its rate limiter. */
export const GUEST_SIGN_IN_PATH = "/sign-in/anonymous";

export const GUESTS = {
  /**
   * Guests created per client address per minute unless GUEST_SESSIONS_PER_MINUTE says otherwise:
   * enough for a class of 30 arriving at once through one school address (NAT), few enough that
   * a script cannot fill the database.
   */
  defaultPerAddressPerMinute: 30,
  /**
   * A browser that was given a guest this recently and comes back without the cookie is refusing
   * it: its saves are answered "cookie refused" instead of creating one more guest.
   */
  browserWindowMs: 60_000,
} as const;

export const PASSWORDS = {
  /** better-auth's own default, kept for students too: a suggested passphrase is far longer. */
  min: 8,
  max: 128,
} as const;

/** better-auth's paths for signing in and up with a password, counted by its rate limiter. */
export const PASSWORD_SIGN_IN_PATH = "/sign-in/email";
export const PASSWORD_SIGN_UP_PATH = "/sign-up/email";
/** better-auth's path for checking the signed-in user's password (before deleting an account), counted as sign-ins are. */
export const PASSWORD_CHECK_PATH = "/verify-password";

export const SIGN_INS = {
  /**
   * Sign-in (and sign-up) attempts per client address per minute unless SIGN_INS_PER_MINUTE says
   * otherwise: a class of 35 behind one school address, with typos, still gets in at once, and a
   * script guessing passwords gets 60 tries a minute (better-auth's own default, 3 per 10 s, would
   * lock out the class).
   */
  defaultPerAddressPerMinute: 60,
} as const;

export const CLASSES = {
  nameMax: 80,
  /** Names one roster paste may create (each costs a password hash, ~50 ms). */
  maxNamesPerPaste: 60,
} as const;

/** Domains that can never receive mail (RFC 2606): placeholders where better-auth requires an address. */
export const PLACEHOLDER_EMAIL_DOMAINS = { guests: "guest.invalid", students: "students.invalid" } as const;

export const RETENTION = {
  /**
   * An archived class, with its students' accounts and all their work, is deleted this many months
   * after it was archived (`npm run purge`, run daily by whoever hosts the app). The privacy page
   * states the same number from here.
   */
  archivedClassMonths: 12,
  /**
   * A guest is deleted with all their work once none of their sessions can be used any more (a
   * guest's lasts SESSIONS.guest.maxAgeMs at most) and nothing of theirs changed for this many
   * months: nobody can open that work again (lib/retention/policy.ts).
   */
  guestInactiveMonths: 1,
  /**
   * A rate-limit counter (a client address and a path) counts nothing once the longest window any
   * limiter uses has passed, a minute (lib/auth/server.ts; tests/integration/purge.test.ts checks
   * every window against this); the purge then deletes it.
   */
  rateLimitWindowMs: MINUTE,
} as const;

/**
 * The purge (lib/retention/): `npm run purge`, and the app's own server on a timer
 * (instrumentation.ts). The privacy page states the interval from here.
 */
export const PURGE = {
  /** How often the server runs it, unless PURGE_EVERY says otherwise (docs/deploy.md). */
  everyMs: DAY,
  /** The first run, once the server has settled after starting (sooner with a shorter interval). */
  firstRunDelayMs: MINUTE,
  /** The longest a run may hold its lock; a day's deletions take seconds. */
  maxRunMs: 10 * MINUTE,
} as const;

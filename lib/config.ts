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

/** better-auth's paths for signing in and up with a password. */
export const PASSWORD_SIGN_IN_PATH = "/sign-in/email";
export const PASSWORD_SIGN_UP_PATH = "/sign-up/email";
/** better-auth's path for checking the signed-in user's password (before deleting an account), counted as sign-ins are. */
export const PASSWORD_CHECK_PATH = "/verify-password";

export const SIGN_INS = {
  /**
   * Failed sign-ins per client address per minute unless SIGN_INS_PER_MINUTE says otherwise, not
   * counting browsers that have signed in to the account before (lib/auth/trusted-devices.ts): a
   * generous ceiling, so that several classes behind one school address get in at the bell with
   * their typos; what stops guessing is the delay per account below.
   */
  defaultPerAddressPerMinute: 120,
  /**
   * An account's failed sign-ins: the first `free` cost nothing; after each further one the next
   * try waits twice as long, from `firstDelayMs` up to `maxDelayMs` (a guesser gets about a hundred
   * tries a day). Forgotten after `forgetAfterMs` without one, or at a success. A browser that has
   * signed in to the account before counts apart: someone else's failures never make its owner wait.
   */
  failures: { free: 5, firstDelayMs: 2_000, maxDelayMs: 15 * MINUTE, forgetAfterMs: DAY },
  /** How long a browser's cookie naming the accounts that signed in on it lasts (lib/auth/trusted-devices.ts). */
  trustedDeviceMaxAgeMs: 365 * DAY,
} as const;

/**
 * A teacher's recovery codes (lib/auth/recovery-codes.ts), for a forgotten password: the app sends
 * no e-mail. Ten one-time codes such as "k7mq-x3rf-9dte", shown once: lower-case letters and
 * digits without the ones read alike (0/o, 1/l/i, u/v), so 29¹² ≈ 2⁵⁸ codes; a guesser within
 * the sign-in limits tries about a hundred a day.
 */
export const RECOVERY_CODES = {
  count: 10,
  alphabet: "abcdefghjkmnpqrstwxyz23456789",
  groups: 3,
  groupLength: 4,
} as const;

/** Joining a class (lib/auth/limits.ts): guessing codes and making accounts by script. */
export const JOINS = {
  /**
   * Class codes that match no class, and names already taken, per client address: a class's typos
   * fit; a script guessing codes gets 180 an hour, among 480 million codes.
   */
  misses: { windowMs: 10 * MINUTE, max: 30 },
  /** New accounts per class: a class of 35 joining at the bell fits, with room. */
  perClass: { windowMs: 10 * MINUTE, max: 60 },
  /** New accounts per client address: three classes joining at once behind one school address. */
  perAddress: { windowMs: 10 * MINUTE, max: 120 },
} as const;

export const CLASSES = {
  nameMax: 80,
  /** Names one roster paste may create (each costs a password hash, ~50 ms). */
  maxNamesPerPaste: 60,
  /** Slips one reprint may make, each with a new passphrase (a hash each, as above). */
  maxSlipsAtOnce: 60,
  /** A group's name (lib/classes/groups.ts), and the most students a form may tick at once (a class is far smaller). */
  groupNameMax: 60,
  maxTicked: 500,
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
  /**
   * A sign-in or join counter (lib/auth/throttle.ts: a hashed client address, account or class)
   * counts nothing once the longest window of SIGN_INS and JOINS has passed without an event; the
   * purge then deletes it.
   */
  throttleKeptMs: Math.max(SIGN_INS.failures.forgetAfterMs, MINUTE, ...Object.values(JOINS).map((rule) => rule.windowMs)),
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

/**
 * One error type with a closed set of codes. Domain functions throw AppError; route handlers turn
 * it into a status and a localised message (errors.codes.<CODE> in messages/*.json); anything else
 * is logged and answered with a generic INTERNAL message.
 */
export const ERROR_STATUS = {
  /** The body is not JSON at all. */
  INVALID_JSON: 400,
  /** The JSON does not match the expected shape. */
  INVALID_INPUT: 422,
  /** A text is over its question's length limit (details.max). */
  TOO_LONG: 422,
  /** More highlighted passages than the question allows (details.max). */
  TOO_MANY_PASSAGES: 422,
  /** A lateral-reading trail with more sources than it may hold (details.max). */
  TOO_MANY_SOURCES: 422,
  /** A source's address in a lateral-reading trail that is not a web address (http or https). */
  INVALID_URL: 422,
  /** Calibration: an estimate after reading the record for a claim with none given before. */
  ESTIMATE_BEFORE_FIRST: 422,
  /** A passage in a control excerpt of the technique exercise, sent for another question. */
  CONTROL_EXCERPT: 422,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNKNOWN_ARTICLE: 404,
  UNKNOWN_QUESTION: 404,
  /** The value's shape belongs to another question type. */
  WRONG_TYPE: 422,
  /** The save was based on an older revision than the one stored (details.current). */
  STALE_REVISION: 409,
  /** The attempt was submitted: it is read-only now. */
  ATTEMPT_SUBMITTED: 409,
  /** No attempt with this id belongs to the viewer (never says whether it exists). */
  ATTEMPT_NOT_FOUND: 404,
  /** Too many guest sessions created from this client address (details.retryAfter, seconds). */
  RATE_LIMITED: 429,
  /**
   * The browser was just given a session cookie and did not send it back (cookies blocked, or a
   * Secure cookie over plain HTTP): nothing is saved, and the browser keeps its local copy.
   */
  SESSION_COOKIE_REFUSED: 401,
  /**
   * The request needs the account a page was opened with (a student's assignment, a teacher's
   * screen), and that session has ended (signed out, expired) or another account signed in since:
   * nothing is saved, no guest is made, the browser keeps its copy and asks to sign in again.
   */
  SESSION_ENDED: 401,
  /** A teacher's action or screen reached without a teacher's session (signed out, expired): sign in and do it again. */
  SIGNED_OUT: 401,
  /** Not the viewer's (a class, a student, an assignment to manage), or does not exist: never says which. */
  NOT_FOUND: 404,
  /** No assignment with this id is given to the viewer's class (never says whether it exists). */
  ASSIGNMENT_NOT_FOUND: 404,
  /**
   * The assignment is closed (or its class archived): the work is read-only. A save refused with
   * it stays in the browser, which keeps the text the learner typed.
   */
  ASSIGNMENT_CLOSED: 409,
  /**
   * The question is not one the assignment asks (the teacher chose others, or took it out since:
   * lib/assignments/questions.ts). Nothing is stored; the browser keeps the text typed.
   */
  QUESTION_NOT_ASSIGNED: 409,
  /** No class has this join code (a typo, or the teacher made a new one). */
  JOIN_CODE_UNKNOWN: 404,
  /** The class has turned joining off, or is archived: only its students can sign in. */
  JOINING_CLOSED: 409,
  /** A student of this class already has this name, folded (case, accents, spacing): details.names lists them. */
  NAME_TAKEN: 409,
  /** A student name that is empty, too long or looks like an e-mail address. */
  NAME_INVALID: 422,
  /** A student name mixing letters of several alphabets (a Cyrillic "е" among Latin letters): it could pass for another name. */
  NAME_MIXED_SCRIPTS: 422,
  /**
   * A student name that looks like a classmate's without being the same (letters of another
   * alphabet that look alike, lib/classes/lookalikes.ts): details.names lists the name typed.
   */
  NAME_LOOKALIKE: 409,
  /** Teacher sign-in: no account with this address and password (never says which is wrong). */
  WRONG_EMAIL_OR_PASSWORD: 401,
  /** Student sign-in: no student of this class with this name and password (never says which is wrong). */
  WRONG_NAME_OR_PASSWORD: 401,
  /** Password change: the current password given is not the account's. */
  WRONG_CURRENT_PASSWORD: 401,
  /**
   * Forgotten password: no teacher's account has this address with this unused recovery code
   * (never says which is wrong, nor whether the address has an account).
   */
  WRONG_RECOVERY_CODE: 401,
  /** Deleting one's account: the password typed to confirm is not the account's (nothing is deleted). */
  WRONG_PASSWORD: 401,
  /**
   * Too many sign-in attempts from this client address by browsers new to their accounts, or
   * sign-ups (lib/auth/limits.ts, better-auth's limiter; details.retryAfter, seconds).
   */
  SIGN_IN_RATE_LIMITED: 429,
  /** Too many failed sign-ins to this account lately: the next try waits (details.retryAfter, seconds). */
  SIGN_IN_DELAYED: 429,
  /** Too many class codes that match nothing, or accounts made, from this address or for this class (details.retryAfter, seconds). */
  JOIN_RATE_LIMITED: 429,
  /**
   * Sign-up: the account is there but this address and password do not open it. Said alike for a
   * taken address, so that the form never tells whether an address has an account.
   */
  SIGN_UP_NOT_SIGNED_IN: 401,
  /** A password shorter than the minimum (lib/config.ts PASSWORDS). */
  PASSWORD_TOO_SHORT: 422,
  /** A new password among the most common ones, or too repetitive to guess slowly (lib/auth/password-rule.ts). */
  PASSWORD_TOO_COMMON: 422,
  /** A new password that repeats the account's own words: its name, e-mail address, class code, or the app's name. */
  PASSWORD_LIKE_ACCOUNT: 422,
  /** Signed in as a teacher or a student: joining a class makes a new student account, so sign out first. */
  SIGNED_IN_ALREADY: 409,
  /** The class is archived: unarchive it before giving it new work. */
  CLASS_ARCHIVED: 409,
  /** A new assignment names no exercise (no article and not the comparison). */
  EXERCISE_REQUIRED: 422,
  /** A class already has a group of this name. */
  GROUP_NAME_TAKEN: 409,
  /** An article given with none of its questions ticked. */
  QUESTIONS_REQUIRED: 422,
  /** Copying assignments: no class chosen to copy to, or from. */
  CLASS_REQUIRED: 422,
  /** Reprinting sign-in slips, or an assignment for chosen students: no student chosen. */
  STUDENTS_REQUIRED: 422,
  /** An assignment for groups with no group chosen. */
  GROUPS_REQUIRED: 422,
  /** A roster paste with more names than one paste may create (details.max). */
  ROSTER_TOO_LONG: 422,
  /** A due date that is not a whole calendar day (typed halfway, or not a date). */
  DUE_DATE_INVALID: 422,
  /** A form field left empty that needs a value. */
  FIELD_REQUIRED: 422,
  /** Not an e-mail address. */
  EMAIL_INVALID: 422,
  /** Deleting a class: the name typed to confirm is not the class's name. */
  CONFIRM_MISMATCH: 422,
  /** A mutating request from another site. */
  FORBIDDEN_ORIGIN: 403,
  /** The endpoint does not answer this HTTP method (details.allow lists those it does). */
  METHOD_NOT_ALLOWED: 405,
  /** PostgreSQL cannot be reached (restarting, failing over): nothing was stored, and trying again will work. */
  DATABASE_UNAVAILABLE: 503,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly code: ErrorCode,
    readonly details: Record<string, unknown> = {},
    message: string = code,
  ) {
    super(message);
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;

/**
 * Connection failures, as node-postgres and Prisma's adapter report them: a refused or dropped
 * connection, and PostgreSQL's own "shutting down" / "starting up" (SQLSTATE classes 08 and 57P).
 */
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "P1001",
  "P1017",
]);
const UNAVAILABLE_MESSAGE =
  /Connection terminated|terminating connection|database system is (?:starting up|shutting down|in recovery mode)|Can't reach database server|connect ECONNREFUSED/i;

/** Prisma's adapter names the failure in `meta.driverAdapterError.cause.kind`. */
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);

/** Whether `error` (or what caused it) says the database could not be reached, not that a query was wrong. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const { code, kind, message, cause, meta } = error as {
    code?: unknown;
    kind?: unknown;
    message?: unknown;
    cause?: unknown;
    meta?: { driverAdapterError?: unknown };
  };
  if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) return true;
  if (typeof kind === "string" && UNAVAILABLE_KINDS.has(kind)) return true;
  if (typeof message === "string" && UNAVAILABLE_MESSAGE.test(message)) return true;
  return isDatabaseUnavailable(cause, depth + 1) || isDatabaseUnavailable(meta?.driverAdapterError, depth + 1);
}

/**
 * What a request is answered for an error that is not an AppError: DATABASE_UNAVAILABLE while
 * PostgreSQL cannot be reached (a 503 the learner's autosave retries, with a message that says
 * so), INTERNAL otherwise.
 */
export const unexpectedError = (error: unknown): AppError => new AppError(isDatabaseUnavailable(error) ? "DATABASE_UNAVAILABLE" : "INTERNAL");

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
  /**
   * A request only the app's own pages make, malformed: a server action that does not exist,
   * whose body type or arguments its client never sends (server/request-gate.ts).
   */
  INVALID_REQUEST: 400,
  /** A text is over its question's length limit (details.max). */
  TOO_LONG: 422,
  /** More highlighted passages than the question allows (details.max). */
  TOO_MANY_PASSAGES: 422,
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
  /** A mutating request from another site. */
  FORBIDDEN_ORIGIN: 403,
  /** The endpoint does not answer this HTTP method (details.allow lists those it does). */
  METHOD_NOT_ALLOWED: 405,
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

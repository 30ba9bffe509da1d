import type { z } from "zod";
import { ERROR_STATUS, type ErrorCode } from "@/lib/errors";

/**
 * What a server action answers: `{ ok: true, … }` or a closed error code the form turns into a
 * localised message (errors.codes.<CODE>), with per-field codes for the fields at fault.
 * Client-safe: forms import the types and read `fieldErrors` with the same codes.
 */
export type ActionFailure = {
  ok: false;
  code: ErrorCode;
  fieldErrors?: Partial<Record<string, ErrorCode>>;
  /** The length limit a field's code refers to (PASSWORD_TOO_SHORT: the minimum), by field. */
  fieldLimits?: Partial<Record<string, number>>;
  /** Names a NAME_TAKEN or NAME_INVALID refers to; the limit a *_TOO_* code refers to. */
  names?: string[];
  max?: number;
  /** A wait before trying again (SIGN_IN_DELAYED, JOIN_RATE_LIMITED…), in seconds. */
  retryAfter?: number;
  /** What the person typed in the fields that are not secret, to fill the form again. */
  values?: Record<string, string>;
};
export type ActionResult<T extends object = object> = ({ ok: true } & T) | ActionFailure;

/** The values an error message may name: the limit, and a wait in minutes (0 under a minute) or seconds. */
export const messageValues = ({ max, retryAfter }: { max?: number; retryAfter?: number }) => ({
  max: max ?? 0,
  seconds: retryAfter ?? 0,
  minutes: retryAfter !== undefined && retryAfter >= 60 ? Math.ceil(retryAfter / 60) : 0,
});

const isErrorCode = (value: string): value is ErrorCode => value in ERROR_STATUS;

/**
 * A zod failure as field codes: schemas give their checks an error code as message
 * (`min(8, { error: "PASSWORD_TOO_SHORT" })`); any other problem reads INVALID_INPUT.
 */
export function invalidInput(error: z.ZodError): ActionFailure {
  const fieldErrors: Partial<Record<string, ErrorCode>> = {};
  const fieldLimits: Partial<Record<string, number>> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    if (fieldErrors[field]) continue;
    fieldErrors[field] = isErrorCode(issue.message) ? issue.message : "INVALID_INPUT";
    const limit = issue.code === "too_small" ? issue.minimum : issue.code === "too_big" ? issue.maximum : undefined;
    if (typeof limit === "number") fieldLimits[field] = limit;
  }
  const [field, first] = Object.entries(fieldErrors)[0] ?? ["form", "INVALID_INPUT"];
  const max = fieldLimits[field];
  return { ok: false, code: first ?? "INVALID_INPUT", fieldErrors, fieldLimits, ...(max === undefined ? {} : { max }) };
}

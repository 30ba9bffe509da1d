import "server-only";
import { PASSWORD_SIGN_IN_PATH, PASSWORD_SIGN_UP_PATH, PASSWORDS } from "@/lib/config";
import { AppError, type ErrorCode } from "@/lib/errors";
import { applySetCookies, callAuthEndpoint, type AuthResponse } from "./endpoints";

/**
 * Signing in, up and out, and changing a password, through better-auth's own endpoints (so its
 * rate limiter, password rules and guest-linking step apply). Server actions call these; each
 * throws an AppError a form can show, and hands the new cookies to the browser itself.
 */

const codeOf = (response: AuthResponse): string | undefined => (response.body as { code?: unknown } | null)?.code?.toString();

/** better-auth's answer as one of our codes; null when it succeeded. */
function problem(response: AuthResponse, wrongCredentials: ErrorCode): AppError | null {
  if (response.status === 200) return null;
  if (response.status === 429) return new AppError("SIGN_IN_RATE_LIMITED", { retryAfter: response.retryAfter });
  switch (codeOf(response)) {
    case "INVALID_EMAIL_OR_PASSWORD":
    case "INVALID_PASSWORD":
    case "INVALID_EMAIL":
      return new AppError(wrongCredentials);
    case "PASSWORD_TOO_SHORT":
      return new AppError("PASSWORD_TOO_SHORT", { max: PASSWORDS.min });
    case "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL":
    case "USER_ALREADY_EXISTS":
      return new AppError("EMAIL_TAKEN");
    default:
      return response.status < 500 ? new AppError("INVALID_INPUT") : new AppError("INTERNAL", {}, `better-auth answered ${response.status}`);
  }
}

async function call(requestHeaders: Headers, path: string, body: unknown, wrongCredentials: ErrorCode): Promise<void> {
  const response = await callAuthEndpoint(requestHeaders, path, body, { withSession: true });
  const error = problem(response, wrongCredentials);
  if (error) throw error;
  await applySetCookies(response.setCookie);
}

/**
 * Signs in with a password. A guest's session goes along, so better-auth's anonymous plugin moves
 * their self-study into the account (lib/auth/server.ts). `wrongCredentials` names what the person
 * typed: an address (teachers) or a class and a name (students).
 */
export const signInWithPassword = (requestHeaders: Headers, email: string, password: string, wrongCredentials: ErrorCode) =>
  call(requestHeaders, PASSWORD_SIGN_IN_PATH, { email, password, rememberMe: true }, wrongCredentials);

/** A teacher's account: better-auth gives it the teacher role (lib/auth/server.ts) and signs them in. */
export const signUpTeacher = (requestHeaders: Headers, input: { name: string; email: string; password: string }) =>
  call(requestHeaders, PASSWORD_SIGN_UP_PATH, input, "EMAIL_TAKEN");

/** Changes the signed-in user's password and ends their other sessions. */
export const changePassword = (requestHeaders: Headers, input: { currentPassword: string; newPassword: string }) =>
  call(requestHeaders, "/change-password", { ...input, revokeOtherSessions: true }, "WRONG_CURRENT_PASSWORD");

/** Ends the session (and clears its cookies); harmless without one. */
export async function signOut(requestHeaders: Headers): Promise<void> {
  const response = await callAuthEndpoint(requestHeaders, "/sign-out", {}, { withSession: true });
  await applySetCookies(response.setCookie);
}

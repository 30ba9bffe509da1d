import "server-only";
import { PASSWORD_SIGN_IN_PATH, PASSWORD_SIGN_UP_PATH, PASSWORDS } from "@/lib/config";
import { findStudentLogin, joinClass } from "@/lib/classes/students";
import { AppError, isAppError, type ErrorCode } from "@/lib/errors";
import { applySetCookies, callAuthEndpoint, type AuthResponse } from "./endpoints";
import type { Viewer } from "./session";

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
    // Our own password rule, which better-auth's guard applies (./password-guard.ts).
    case "PASSWORD_TOO_COMMON":
      return new AppError("PASSWORD_TOO_COMMON");
    case "PASSWORD_LIKE_ACCOUNT":
      return new AppError("PASSWORD_LIKE_ACCOUNT");
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

/** No account has this address: what an unknown class or name signs in as, so the limiter counts it too. */
const NO_STUDENT = "nobody@students.invalid";

/**
 * A student signs in with their class code, their name in it and their password. Always through
 * better-auth's endpoint, even for a class or a name that does not exist, so that guessing is rate-
 * limited all the same; only then is a wrong code told from a wrong name or password.
 */
export async function signInStudent(requestHeaders: Headers, input: { code: string; name: string; password: string }): Promise<void> {
  const login = await findStudentLogin(input.code, input.name);
  try {
    await signInWithPassword(requestHeaders, login.email ?? NO_STUDENT, input.password, "WRONG_NAME_OR_PASSWORD");
  } catch (error) {
    if (isAppError(error) && error.code === "WRONG_NAME_OR_PASSWORD" && !login.classFound) throw new AppError("JOIN_CODE_UNKNOWN");
    throw error;
  }
}

/** Joins a class (lib/classes/students.ts joinClass), then signs the new student in (keeping a guest's work). */
export async function joinClassAndSignIn(requestHeaders: Headers, viewer: Viewer | null, input: { code: string; name: string; password: string }): Promise<void> {
  const { email } = await joinClass(viewer, input);
  await signInWithPassword(requestHeaders, email, input.password, "WRONG_NAME_OR_PASSWORD");
}

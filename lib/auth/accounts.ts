import "server-only";
import { PASSWORD_SIGN_IN_PATH, PASSWORD_SIGN_UP_PATH, PASSWORDS } from "@/lib/config";
import { env } from "@/lib/env";
import { AppError, isAppError, type ErrorCode } from "@/lib/errors";
import { isSecureConnection } from "./connection";
import { callAuthEndpoint, type AuthResponse } from "./endpoints";
import { afterSignIn, beforeSignIn, clientAddress, type SignInTry } from "./limits";
import { isTrustedDevice, trustDevice } from "./trusted-devices";

/**
 * Signing in, up and out, and changing a password, through better-auth's own endpoints (so its
 * password rules and guest-linking step apply), behind the app's limits (./limits.ts). Server
 * actions call these; each throws an AppError a form can show, or returns the Set-Cookie headers
 * (a new session, the trusted-device note) for the action to hand to the browser. A student's
 * sign-in and joining a class are their class's (lib/classes/student-sign-in.ts, join.ts), on
 * top of the two sign-ins exported here.
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
    default:
      return response.status < 500 ? new AppError("INVALID_INPUT") : new AppError("INTERNAL", {}, `better-auth answered ${response.status}`);
  }
}

async function call(requestHeaders: Headers, path: string, body: unknown, wrongCredentials: ErrorCode): Promise<string[]> {
  const response = await callAuthEndpoint(requestHeaders, path, body, { withSession: true });
  const error = problem(response, wrongCredentials);
  if (error) throw error;
  return response.setCookie;
}

/**
 * Signs in with a password. A guest's session goes along, so better-auth's anonymous plugin moves
 * their self-study into the account (lib/auth/server.ts). No limit here: callers count first.
 */
const passwordSignIn = (requestHeaders: Headers, email: string, password: string, wrongCredentials: ErrorCode) =>
  call(requestHeaders, PASSWORD_SIGN_IN_PATH, { email, password, rememberMe: true }, wrongCredentials);

/** The trusted-device note for `account`, added to this browser's (./trusted-devices.ts). */
function trustThisDevice(requestHeaders: Headers, account: string): string {
  const { BETTER_AUTH_SECRET, APP_URL } = env();
  return trustDevice(requestHeaders.get("cookie"), account, BETTER_AUTH_SECRET, isSecureConnection(requestHeaders, APP_URL));
}

/**
 * A sign-in to `account` (what the person typed to name it: "email:<address>" for a teacher, a
 * class and a name for a student), within its limits: refused while its delay runs, counted as a
 * failure when the password is wrong, and remembered by this browser when it succeeds.
 */
export async function signInWithinLimits(
  requestHeaders: Headers,
  account: string,
  email: string,
  password: string,
  wrongCredentials: ErrorCode,
): Promise<string[]> {
  const attempt: SignInTry = {
    account,
    address: clientAddress(requestHeaders),
    trusted: isTrustedDevice(requestHeaders.get("cookie"), account, env().BETTER_AUTH_SECRET),
  };
  await beforeSignIn(attempt);
  try {
    const setCookie = await passwordSignIn(requestHeaders, email, password, wrongCredentials);
    await afterSignIn(attempt, true);
    return [...setCookie, trustThisDevice(requestHeaders, account)];
  } catch (error) {
    if (isAppError(error) && error.code === wrongCredentials) await afterSignIn(attempt, false);
    throw error;
  }
}

/**
 * Signs in an account made a moment ago by the same request (a student who joined their class),
 * without counting a try: the account was counted against its limits when it was made. This
 * browser then remembers `account`, as after any sign-in.
 */
export async function signInNewAccount(
  requestHeaders: Headers,
  account: string,
  email: string,
  password: string,
  wrongCredentials: ErrorCode,
): Promise<string[]> {
  const setCookie = await passwordSignIn(requestHeaders, email, password, wrongCredentials);
  return [...setCookie, trustThisDevice(requestHeaders, account)];
}

/** A teacher's account as typed, folded as sign-in matches addresses. */
export const teacherAccount = (email: string) => `email:${email.trim().toLowerCase()}`;

/** A teacher signs in with their address and password. */
export const signInTeacher = (requestHeaders: Headers, email: string, password: string) =>
  signInWithinLimits(requestHeaders, teacherAccount(email), email, password, "WRONG_EMAIL_OR_PASSWORD");

/**
 * A teacher's account, then signing in with it. better-auth answers a new address and a taken one
 * alike (`autoSignIn: false`, lib/auth/server.ts), so the form never says an address has an
 * account: it signs in, or says the address and password do not open a session.
 */
export async function signUpTeacher(requestHeaders: Headers, input: { name: string; email: string; password: string }): Promise<string[]> {
  await call(requestHeaders, PASSWORD_SIGN_UP_PATH, input, "INVALID_INPUT");
  try {
    return await signInTeacher(requestHeaders, input.email, input.password);
  } catch (error) {
    if (isAppError(error) && error.code === "WRONG_EMAIL_OR_PASSWORD") throw new AppError("SIGN_UP_NOT_SIGNED_IN");
    throw error;
  }
}

/** Changes the signed-in user's password and ends their other sessions. */
export const changePassword = (requestHeaders: Headers, input: { currentPassword: string; newPassword: string }) =>
  call(requestHeaders, "/change-password", { ...input, revokeOtherSessions: true }, "WRONG_CURRENT_PASSWORD");

/** Ends the session (and clears its cookies); harmless without one. */
export async function signOut(requestHeaders: Headers): Promise<string[]> {
  const response = await callAuthEndpoint(requestHeaders, "/sign-out", {}, { withSession: true });
  return response.setCookie;
}

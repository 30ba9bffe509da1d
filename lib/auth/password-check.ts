import "server-only";
import { PASSWORD_CHECK_PATH } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { callAuthEndpoint } from "./endpoints";

/**
 * Whether `password` is the signed-in user's, asked of better-auth through its HTTP handler, so that
 * its limiter counts these guesses per client address as it counts sign-ins (lib/auth/server.ts):
 * a session left open on a shared computer is no way to try passwords. For confirming what cannot
 * be undone (deleting an account). Throws WRONG_PASSWORD, SIGN_IN_RATE_LIMITED, or SIGNED_OUT.
 */
export async function checkOwnPassword(requestHeaders: Headers, password: string): Promise<void> {
  const response = await callAuthEndpoint(requestHeaders, PASSWORD_CHECK_PATH, { password }, { withSession: true });
  if (response.status === 200) return;
  if (response.status === 429) throw new AppError("SIGN_IN_RATE_LIMITED", { retryAfter: response.retryAfter });
  if (response.status === 401) throw new AppError("SIGNED_OUT");
  const code = (response.body as { code?: unknown } | null)?.code;
  if (code === "INVALID_PASSWORD") throw new AppError("WRONG_PASSWORD");
  throw response.status < 500 ? new AppError("INVALID_INPUT") : new AppError("INTERNAL", {}, `better-auth answered ${response.status}`);
}

import "server-only";
import { APIError, getAuthoritativeSessionFromCtx } from "better-auth/api";
import { PASSWORD_SIGN_UP_PATH } from "@/lib/config";
import { passwordProblem } from "./password-rule";

/**
 * The password rule (./password-rule.ts) on better-auth's own endpoints that set a password, so
 * that a request sent to them directly cannot skip what the forms check. The account's words are
 * the sign-up's name and address, or the signed-in user's.
 */

/** better-auth's endpoints that set a password, and the body field that holds it. */
const NEW_PASSWORD_FIELD: Readonly<Record<string, string>> = {
  [PASSWORD_SIGN_UP_PATH]: "password",
  "/change-password": "newPassword",
  "/reset-password": "newPassword",
};

type HookContext = Parameters<typeof getAuthoritativeSessionFromCtx>[0] & { path?: string; body?: unknown };

/** Throws better-auth's 400, with our code, when the request sets a password the rule refuses. */
export async function guardNewPassword(ctx: HookContext): Promise<void> {
  const field = ctx.path === undefined ? undefined : NEW_PASSWORD_FIELD[ctx.path];
  const body = (ctx.body ?? {}) as Record<string, unknown>;
  const password = field === undefined ? undefined : body[field];
  if (typeof password !== "string") return;
  const account = ctx.path === PASSWORD_SIGN_UP_PATH ? body : ((await getAuthoritativeSessionFromCtx(ctx))?.user ?? {});
  const words = [account.name, account.email].filter((word): word is string => typeof word === "string");
  const problem = passwordProblem(password, words);
  if (problem) throw new APIError("BAD_REQUEST", { code: problem, message: problem });
}

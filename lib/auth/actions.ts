"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { toFailure } from "@/lib/action-failure";
import { DEFAULT_LOCALE } from "@/lib/config";
import { formObject, keepValues } from "@/lib/form-data";
import { orUnavailable } from "@/lib/http/unavailable";
import { invalidInput, type ActionResult } from "@/lib/result";
import { runTeacherAction } from "@/lib/teacher-action";
import { changePassword, signInTeacher, signOut, signUpTeacher } from "./accounts";
import { applySetCookies } from "./endpoints";
import { issueFirstRecoveryCodes, regenerateRecoveryCodes, resetPasswordWithRecoveryCode } from "./recovery-codes";
import { changePasswordSchema, localeSchema, recoverPasswordSchema, regenerateRecoveryCodesSchema, teacherSignInSchema, teacherSignUpSchema } from "./schemas";
import { getViewer } from "./session";
import { signInForm } from "./sign-in-form";

/**
 * The teacher's sign-in and sign-up forms, the password forms (changing it, or setting a new one
 * with a recovery code), new recovery codes, and signing out. Each: parse → one
 * call → redirect, or a failure with the code to show and the fields typed that are not secret, so
 * the form is not emptied. A student's sign-in and joining a class: lib/classes/join-actions.ts.
 */

type State = ActionResult | null;
/** New recovery codes, to show once: the account's address and the time go on the printed sheet and in the file. */
export type RecoveryCodesIssued = { recoveryCodes: string[]; email: string; issuedAt: string };

export async function signInTeacherAction(_: State, form: FormData): Promise<ActionResult> {
  return signInForm(form, "signInTeacher", teacherSignInSchema, ["email"], "/teach", (requestHeaders, { email, password }) =>
    signInTeacher(requestHeaders, email, password),
  );
}

/**
 * A teacher's account, signed in, and its recovery codes, which come back in the result to be shown
 * once beside the way on (they are in no address, cookie or page anyone could open again). An
 * account that already had codes (its address and password typed again) goes to its classes as
 * after a sign-in.
 */
export async function signUpTeacherAction(_: State, form: FormData): Promise<ActionResult<RecoveryCodesIssued>> {
  const parsed = teacherSignUpSchema.safeParse(formObject(form));
  const values = keepValues(form, ["name", "email"]);
  if (!parsed.success) return { ...invalidInput(parsed.error), values };
  const { name, email, password, locale } = parsed.data;
  let recoveryCodes: string[] | null;
  try {
    await applySetCookies(await signUpTeacher(await headers(), { name, email, password }));
    recoveryCodes = await issueFirstRecoveryCodes(email);
  } catch (error) {
    return { ...toFailure(error, "signUpTeacher"), values };
  }
  if (!recoveryCodes) redirect(`/${locale}/teach`);
  return { ok: true, recoveryCodes, email: email.toLowerCase(), issuedAt: new Date().toISOString() };
}

/**
 * "Forgot password": a recovery code and a new password, then the teacher's account page, which
 * says how many codes are left. A password the rule refuses is said beside its field.
 */
export async function recoverPasswordAction(_: State, form: FormData): Promise<ActionResult> {
  const parsed = recoverPasswordSchema.safeParse(formObject(form));
  const values = keepValues(form, ["email"]);
  if (!parsed.success) return { ...invalidInput(parsed.error), values };
  try {
    await applySetCookies(await resetPasswordWithRecoveryCode(await headers(), parsed.data));
  } catch (error) {
    const failure = toFailure(error, "recoverPassword");
    return { ...failure, ...(failure.code.startsWith("PASSWORD_") ? { fieldErrors: { newPassword: failure.code } } : {}), values };
  }
  redirect(`/${parsed.data.locale}/teach/account?recovered=1`);
}

/** New recovery codes from the account page, once the current password is typed; shown once, in the result. */
export async function regenerateRecoveryCodesAction(_: State, form: FormData): Promise<ActionResult<RecoveryCodesIssued>> {
  return runTeacherAction("regenerateRecoveryCodes", regenerateRecoveryCodesSchema, formObject(form), async (viewer, input) => ({
    ...(await regenerateRecoveryCodes(await headers(), viewer, input.password)),
    issuedAt: new Date().toISOString(),
  }));
}

export async function changePasswordAction(_: State, form: FormData): Promise<ActionResult> {
  const parsed = changePasswordSchema.safeParse(formObject(form));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    if (!(await getViewer())) return { ok: false, code: "NOT_FOUND" };
    await applySetCookies(await changePassword(await headers(), parsed.data));
    return { ok: true };
  } catch (error) {
    return toFailure(error, "changePassword");
  }
}

export async function signOutAction(form: FormData): Promise<void> {
  const locale = localeSchema.safeParse(formObject(form)).data?.locale ?? DEFAULT_LOCALE;
  // The session cannot be ended while PostgreSQL does not answer: the 503 page says so, and comes back here.
  await orUnavailable(locale, async () => applySetCookies(await signOut(await headers())));
  redirect(`/${locale}`);
}

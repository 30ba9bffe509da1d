"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { toFailure } from "@/lib/action-failure";
import { joinClassSchema, studentSignInSchema } from "@/lib/classes/schemas";
import { DEFAULT_LOCALE, type AppLocale } from "@/lib/config";
import { formObject, keepValues } from "@/lib/form-data";
import { orUnavailable } from "@/lib/http/unavailable";
import { invalidInput, type ActionResult } from "@/lib/result";
import { changePassword, joinClassAndSignIn, signInStudent, signInTeacher, signOut, signUpTeacher } from "./accounts";
import { applySetCookies } from "./endpoints";
import { changePasswordSchema, localeSchema, teacherSignInSchema, teacherSignUpSchema } from "./schemas";
import { safeReturnPath } from "./return-path";
import { getViewer } from "./session";

/**
 * The sign-in, sign-up, join and password forms. Each: parse → one call → redirect, or a failure
 * with the code to show and the fields typed that are not secret, so the form is not emptied.
 */

type State = ActionResult | null;

/**
 * Parses the form, runs `run` with the request's headers, then goes back where the sign-in was
 * asked for (the form's `next`, when it is a path of this app) or to `to` under the form's locale.
 */
async function signInForm<Input extends { locale: AppLocale }>(
  form: FormData,
  action: string,
  schema: z.ZodType<Input>,
  kept: readonly string[],
  to: string,
  run: (requestHeaders: Headers, input: Input) => Promise<string[]>,
): Promise<ActionResult> {
  const fields = formObject(form);
  const parsed = schema.safeParse(fields);
  const values = keepValues(form, [...kept, "next"]);
  if (!parsed.success) return { ...invalidInput(parsed.error), values };
  try {
    await applySetCookies(await run(await headers(), parsed.data));
  } catch (error) {
    return { ...toFailure(error, action), values };
  }
  redirect(safeReturnPath(fields.next) ?? `/${parsed.data.locale}${to}`);
}

export async function signInTeacherAction(_: State, form: FormData): Promise<ActionResult> {
  return signInForm(form, "signInTeacher", teacherSignInSchema, ["email"], "/teach", (requestHeaders, { email, password }) =>
    signInTeacher(requestHeaders, email, password),
  );
}

export async function signUpTeacherAction(_: State, form: FormData): Promise<ActionResult> {
  return signInForm(form, "signUpTeacher", teacherSignUpSchema, ["name", "email"], "/teach", (requestHeaders, { name, email, password }) =>
    signUpTeacher(requestHeaders, { name, email, password }),
  );
}

export async function signInStudentAction(_: State, form: FormData): Promise<ActionResult> {
  return signInForm(form, "signInStudent", studentSignInSchema, ["code", "name"], "/my-work", signInStudent);
}

export async function joinClassAction(_: State, form: FormData): Promise<ActionResult> {
  return signInForm(form, "joinClass", joinClassSchema, ["code", "name"], "/my-work", async (requestHeaders, input) => joinClassAndSignIn(requestHeaders, await getViewer(), input));
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

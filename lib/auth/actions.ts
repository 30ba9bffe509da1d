"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { toFailure } from "@/lib/action-failure";
import { DEFAULT_LOCALE } from "@/lib/config";
import { formObject } from "@/lib/form-data";
import { orUnavailable } from "@/lib/http/unavailable";
import { invalidInput, type ActionResult } from "@/lib/result";
import { changePassword, signInTeacher, signOut, signUpTeacher } from "./accounts";
import { applySetCookies } from "./endpoints";
import { changePasswordSchema, localeSchema, teacherSignInSchema, teacherSignUpSchema } from "./schemas";
import { getViewer } from "./session";
import { signInForm } from "./sign-in-form";

/**
 * The teacher's sign-in and sign-up forms, the password form and signing out. Each: parse → one
 * call → redirect, or a failure with the code to show and the fields typed that are not secret, so
 * the form is not emptied. A student's sign-in and joining a class: lib/classes/join-actions.ts.
 */

type State = ActionResult | null;

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

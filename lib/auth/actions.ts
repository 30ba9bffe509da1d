"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { toFailure } from "@/lib/action-failure";
import { DEFAULT_LOCALE } from "@/lib/config";
import { joinClassSchema, studentSignInSchema } from "@/lib/classes/schemas";
import { formObject, keepValues } from "@/lib/form-data";
import { invalidInput, type ActionFailure, type ActionResult } from "@/lib/result";
import { changePassword, joinClassAndSignIn, signInStudent, signInWithPassword, signOut, signUpTeacher } from "./accounts";
import { changePasswordSchema, localeSchema, teacherSignInSchema, teacherSignUpSchema } from "./schemas";
import { getViewer } from "./session";

/**
 * The sign-in, sign-up, join and password forms. Each: parse → one call → redirect, or a failure
 * with the code to show and the non-secret fields typed, so the form is not emptied.
 */

type State = ActionResult | null;

async function attempt(form: FormData, kept: readonly string[], action: string, run: () => Promise<void>): Promise<ActionFailure | null> {
  try {
    await run();
    return null;
  } catch (error) {
    return { ...toFailure(error, action), values: keepValues(form, kept) };
  }
}

export async function signInTeacherAction(_: State, form: FormData): Promise<ActionResult> {
  const parsed = teacherSignInSchema.safeParse(formObject(form));
  if (!parsed.success) return { ...invalidInput(parsed.error), values: keepValues(form, ["email"]) };
  const { email, password, locale } = parsed.data;
  const failure = await attempt(form, ["email"], "signInTeacher", async () => signInWithPassword(await headers(), email, password, "WRONG_EMAIL_OR_PASSWORD"));
  if (failure) return failure;
  redirect(`/${locale}/teach`);
}

export async function signUpTeacherAction(_: State, form: FormData): Promise<ActionResult> {
  const parsed = teacherSignUpSchema.safeParse(formObject(form));
  if (!parsed.success) return { ...invalidInput(parsed.error), values: keepValues(form, ["name", "email"]) };
  const { locale, ...input } = parsed.data;
  const failure = await attempt(form, ["name", "email"], "signUpTeacher", async () => signUpTeacher(await headers(), input));
  if (failure) return failure;
  redirect(`/${locale}/teach`);
}

export async function signInStudentAction(_: State, form: FormData): Promise<ActionResult> {
  const parsed = studentSignInSchema.safeParse(formObject(form));
  if (!parsed.success) return { ...invalidInput(parsed.error), values: keepValues(form, ["code", "name"]) };
  const { locale, ...input } = parsed.data;
  const failure = await attempt(form, ["code", "name"], "signInStudent", async () => signInStudent(await headers(), input));
  if (failure) return failure;
  redirect(`/${locale}/my-work`);
}

export async function joinClassAction(_: State, form: FormData): Promise<ActionResult> {
  const parsed = joinClassSchema.safeParse(formObject(form));
  if (!parsed.success) return { ...invalidInput(parsed.error), values: keepValues(form, ["code", "name"]) };
  const { locale, ...input } = parsed.data;
  const viewer = await getViewer();
  const failure = await attempt(form, ["code", "name"], "joinClass", async () => joinClassAndSignIn(await headers(), viewer, input));
  if (failure) return failure;
  redirect(`/${locale}/my-work`);
}

export async function changePasswordAction(_: State, form: FormData): Promise<ActionResult> {
  const parsed = changePasswordSchema.safeParse(formObject(form));
  if (!parsed.success) return invalidInput(parsed.error);
  if (!(await getViewer())) return { ok: false, code: "NOT_FOUND" };
  const failure = await attempt(form, [], "changePassword", async () => changePassword(await headers(), parsed.data));
  return failure ?? { ok: true };
}

export async function signOutAction(form: FormData): Promise<void> {
  const locale = localeSchema.safeParse(formObject(form)).data?.locale ?? DEFAULT_LOCALE;
  await signOut(await headers());
  redirect(`/${locale}`);
}

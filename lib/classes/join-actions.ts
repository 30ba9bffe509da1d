"use server";

import { getViewer } from "@/lib/auth/session";
import { signInForm } from "@/lib/auth/sign-in-form";
import type { ActionResult } from "@/lib/result";
import { joinClassAndSignIn } from "./join";
import { joinClassSchema, studentSignInSchema } from "./schemas";
import { signInStudent } from "./student-sign-in";

/** A student's forms, with their class's code: joining the class, and signing in to it. Each goes to their work. */

type State = ActionResult | null;

export async function signInStudentAction(_: State, form: FormData): Promise<ActionResult> {
  return signInForm(form, "signInStudent", studentSignInSchema, ["code", "name"], "/my-work", signInStudent);
}

export async function joinClassAction(_: State, form: FormData): Promise<ActionResult> {
  return signInForm(form, "joinClass", joinClassSchema, ["code", "name"], "/my-work", async (requestHeaders, input) =>
    joinClassAndSignIn(requestHeaders, await getViewer(), input),
  );
}

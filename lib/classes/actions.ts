"use server";

import { redirect } from "next/navigation";
import { formObject, keepValues } from "@/lib/form-data";
import type { ActionResult } from "@/lib/result";
import { runTeacherAction } from "@/lib/teacher-action";
import { createClass, deleteClassConfirmed, regenerateJoinCode, renameClass, setClassArchived, setJoiningOpen } from "./mutations";
import { classRefSchema, classSwitchSchema, createClassSchema, deleteClassSchema, idSchema, renameClassSchema } from "./schemas";

/** A teacher's class forms (lib/teacher-action.ts does the viewer, the parsing and the result). */

type State = ActionResult | null;

export async function createClassAction(_: State, form: FormData): Promise<ActionResult> {
  const result = await runTeacherAction("createClass", createClassSchema, formObject(form), async (viewer, input) => ({
    ...(await createClass(viewer, { name: input.name, copyAssignmentsFrom: input.copyAssignmentsFrom })),
    locale: input.locale,
  }));
  if (result.ok) redirect(`/${result.locale}/teach/classes/${result.id}`);
  // React empties the form once its action has run: the name typed comes back with the refusal.
  return { ...result, values: keepValues(form, ["name", "copyAssignmentsFrom"]) };
}

export async function renameClassAction(_: State, form: FormData): Promise<ActionResult> {
  return runTeacherAction("renameClass", renameClassSchema, formObject(form), async (viewer, input) => {
    await renameClass(viewer, input.classId, input.name);
    return {};
  });
}

export async function setClassArchivedAction(_: State, form: FormData): Promise<ActionResult> {
  return runTeacherAction("setClassArchived", classSwitchSchema, formObject(form), async (viewer, input) => {
    await setClassArchived(viewer, input.classId, input.on);
    return {};
  });
}

export async function setJoiningOpenAction(_: State, form: FormData): Promise<ActionResult> {
  return runTeacherAction("setJoiningOpen", classSwitchSchema, formObject(form), async (viewer, input) => {
    await setJoiningOpen(viewer, input.classId, input.on);
    return {};
  });
}

export async function regenerateJoinCodeAction(_: State, form: FormData): Promise<ActionResult> {
  return runTeacherAction("regenerateJoinCode", classRefSchema, formObject(form), async (viewer, input) => {
    await regenerateJoinCode(viewer, input.classId);
    return {};
  });
}

/**
 * The class's delete page posts here, with or without JavaScript: a plain form action that
 * redirects to the classes once done, or back to the page with the error's code.
 */
export async function deleteClassAction(form: FormData): Promise<void> {
  const fields = formObject(form);
  const result = await runTeacherAction("deleteClass", deleteClassSchema, fields, async (viewer, input) => ({
    ...(await deleteClassConfirmed(viewer, input.classId, input.confirmName)),
    locale: input.locale,
  }));
  if (result.ok) redirect(`/${result.locale}/teach`);
  const locale = fields.locale === "en" ? "en" : "fr";
  // Back to the delete page only with an id that can be one: anything else would travel in the
  // Location header, whatever its size.
  const classId = idSchema.safeParse(fields.classId);
  redirect(classId.success ? `/${locale}/teach/classes/${classId.data}/delete?error=${result.code}` : `/${locale}/teach?error=${result.code}`);
}

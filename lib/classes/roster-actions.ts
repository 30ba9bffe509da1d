"use server";

import { AppError } from "@/lib/errors";
import { formObject } from "@/lib/form-data";
import type { ActionResult } from "@/lib/result";
import { runTeacherAction } from "@/lib/teacher-action";
import { addStudentsSchema, reprintSlipsSchema, studentRefSchema } from "./schemas";
import { addStudents, removeStudent, resetStudentPassword, resetStudentPasswords, type RosterOutcome } from "./students";

/** The roster forms. Passwords come back once, in the result, for the teacher to print or hand over. */

type State = ActionResult | null;
export type Credentials = { name: string; password: string };

/** "Créer les comptes" checks the whole list first; "valid" creates the entries without a problem. */
export async function addStudentsAction(_: State, form: FormData): Promise<ActionResult<RosterOutcome>> {
  return runTeacherAction("addStudents", addStudentsSchema, formObject(form), async (viewer, input) => {
    if (input.names.trim() === "") throw new AppError("FIELD_REQUIRED");
    return addStudents(viewer, input.classId, input.names, input.locale, { createValid: input.intent === "valid" });
  });
}

export async function resetStudentPasswordAction(_: State, form: FormData): Promise<ActionResult<{ student: Credentials }>> {
  return runTeacherAction("resetStudentPassword", studentRefSchema, formObject(form), async (viewer, input) => ({
    student: await resetStudentPassword(viewer, input.classId, input.studentId, input.locale),
  }));
}

/** New sign-in slips for the students ticked: a new passphrase each (the old ones stop working, their sessions end), to print. */
export async function reprintSlipsAction(_: State, form: FormData): Promise<ActionResult<{ students: Credentials[] }>> {
  return runTeacherAction("reprintSlips", reprintSlipsSchema, formObject(form, ["studentIds"]), async (viewer, input) => ({
    students: await resetStudentPasswords(viewer, input.classId, input.studentIds, input.locale),
  }));
}

export async function removeStudentAction(_: State, form: FormData): Promise<ActionResult> {
  return runTeacherAction("removeStudent", studentRefSchema, formObject(form), async (viewer, input) => {
    await removeStudent(viewer, input.classId, input.studentId);
    return {};
  });
}

"use server";

import { CLASSES } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { formObject } from "@/lib/form-data";
import type { ActionResult } from "@/lib/result";
import { runTeacherAction } from "@/lib/teacher-action";
import { splitRoster } from "./names";
import { addStudentsSchema, studentRefSchema } from "./schemas";
import { addStudents, removeStudent, resetStudentPassword } from "./students";

/** The roster forms. Passwords come back once, in the result, for the teacher to print or hand over. */

type State = ActionResult | null;
export type Credentials = { name: string; password: string };

export async function addStudentsAction(_: State, form: FormData): Promise<ActionResult<{ students: Credentials[] }>> {
  return runTeacherAction("addStudents", addStudentsSchema, formObject(form), async (viewer, input) => {
    const names = splitRoster(input.names);
    if (names.length === 0) throw new AppError("FIELD_REQUIRED");
    if (names.length > CLASSES.maxNamesPerPaste) throw new AppError("TOO_MANY_NAMES", { max: CLASSES.maxNamesPerPaste });
    return { students: await addStudents(viewer, input.classId, names, input.locale) };
  });
}

export async function resetStudentPasswordAction(_: State, form: FormData): Promise<ActionResult<{ student: Credentials }>> {
  return runTeacherAction("resetStudentPassword", studentRefSchema, formObject(form), async (viewer, input) => ({
    student: await resetStudentPassword(viewer, input.classId, input.studentId, input.locale),
  }));
}

export async function removeStudentAction(_: State, form: FormData): Promise<ActionResult> {
  return runTeacherAction("removeStudent", studentRefSchema, formObject(form), async (viewer, input) => {
    await removeStudent(viewer, input.classId, input.studentId);
    return {};
  });
}

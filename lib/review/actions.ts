"use server";

import { formObject } from "@/lib/form-data";
import type { ActionResult } from "@/lib/result";
import { runTeacherAction } from "@/lib/teacher-action";
import { studentWorkSchema } from "./schemas";
import { deleteStudentWork } from "./work";

export async function deleteStudentWorkAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runTeacherAction("deleteStudentWork", studentWorkSchema, formObject(form), async (viewer, input) => {
    await deleteStudentWork(viewer, input.assignmentId, input.studentId);
    return {};
  });
}

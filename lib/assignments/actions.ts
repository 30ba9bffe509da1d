"use server";

import { redirect } from "next/navigation";
import { formObject } from "@/lib/form-data";
import type { ActionResult } from "@/lib/result";
import { runTeacherAction } from "@/lib/teacher-action";
import { createAssignments, deleteAssignment, releaseCommentary, setAssignmentClosed, updateAssignment, type AssignmentUpdate } from "./mutations";
import { ASSIGNMENT_LIST_FIELDS, assignmentRefSchema, assignmentSwitchSchema, createAssignmentsSchema, updateAssignmentSchema } from "./schemas";

/** A teacher's assignment forms (lib/teacher-action.ts does the viewer, the parsing and the result). */

type State = ActionResult | null;

export async function createAssignmentsAction(_: State, form: FormData): Promise<ActionResult> {
  const result = await runTeacherAction(
    "createAssignments",
    createAssignmentsSchema,
    formObject(form, ASSIGNMENT_LIST_FIELDS),
    async (viewer, { locale, ...input }) => ({
      ...(await createAssignments(viewer, input)),
      locale,
      classId: input.classId,
    }),
  );
  if (result.ok) redirect(`/${result.locale}/teach/classes/${result.classId}#assignments`);
  return result;
}

/** The assignment's edit form; a change of exercise over students' work comes back asking to confirm it. */
export async function updateAssignmentAction(_: State, form: FormData): Promise<ActionResult<AssignmentUpdate>> {
  const result = await runTeacherAction(
    "updateAssignment",
    updateAssignmentSchema,
    formObject(form, ASSIGNMENT_LIST_FIELDS),
    async (viewer, { locale, ...input }) => ({
      ...(await updateAssignment(viewer, input)),
      locale,
      classId: input.classId,
    }),
  );
  if (result.ok && result.updated) redirect(`/${result.locale}/teach/classes/${result.classId}#assignments`);
  return result;
}

export async function setAssignmentClosedAction(_: State, form: FormData): Promise<ActionResult> {
  return runTeacherAction("setAssignmentClosed", assignmentSwitchSchema, formObject(form), async (viewer, input) => {
    await setAssignmentClosed(viewer, input, input.on);
    return {};
  });
}

export async function releaseCommentaryAction(_: State, form: FormData): Promise<ActionResult> {
  return runTeacherAction("releaseCommentary", assignmentRefSchema, formObject(form), async (viewer, input) => {
    await releaseCommentary(viewer, input);
    return {};
  });
}

export async function deleteAssignmentAction(_: State, form: FormData): Promise<ActionResult> {
  return runTeacherAction("deleteAssignment", assignmentRefSchema, formObject(form), async (viewer, input) => {
    await deleteAssignment(viewer, input);
    return {};
  });
}

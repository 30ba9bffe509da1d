"use server";

import { redirect } from "next/navigation";
import { formObject, keepValues } from "@/lib/form-data";
import type { ActionResult } from "@/lib/result";
import { runTeacherAction } from "@/lib/teacher-action";
import {
  copyAssignment,
  copyClassAssignments,
  createAssignments,
  deleteAssignment,
  releaseCommentary,
  setAssignmentClosed,
  updateAssignment,
  type AssignmentUpdate,
} from "./mutations";
import {
  ASSIGNMENT_LIST_FIELDS,
  assignmentRefSchema,
  assignmentSwitchSchema,
  audienceOf,
  copyAssignmentSchema,
  copyClassAssignmentsSchema,
  createAssignmentsSchema,
  updateAssignmentSchema,
} from "./schemas";

/** A teacher's assignment forms (lib/teacher-action.ts does the viewer, the parsing and the result). */

type State = ActionResult | null;

export async function createAssignmentsAction(_: State, form: FormData): Promise<ActionResult> {
  const result = await runTeacherAction(
    "createAssignments",
    createAssignmentsSchema,
    formObject(form, ASSIGNMENT_LIST_FIELDS),
    async (viewer, { locale, ...input }) => {
      const created = await createAssignments(viewer, input, audienceOf(input));
      return { ...created, locale, classId: input.classId };
    },
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
    async (viewer, { locale, ...input }) => {
      // Whom it is for changes with the rest, once the change is made (not while the form asks to confirm it).
      const update = await updateAssignment(viewer, input, audienceOf(input));
      return { ...update, locale, classId: input.classId };
    },
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

/** An assignment's copy in another class of the teacher's: then that class's page, where the copy is listed. */
export async function copyAssignmentAction(_: State, form: FormData): Promise<ActionResult> {
  const result = await runTeacherAction(
    "copyAssignment",
    copyAssignmentSchema,
    formObject(form),
    async (viewer, { locale, destinationClassId, dueOn, ...requested }) => ({
      ...(await copyAssignment(viewer, requested, { destinationClassId, dueOn })),
      locale,
    }),
  );
  if (result.ok) redirect(`/${result.locale}/teach/classes/${result.classId}#assignments`);
  // React empties the form once its action has run: the class and day chosen come back with the refusal.
  return { ...result, values: keepValues(form, ["destinationClassId", "dueOn"]) };
}

/** Every assignment of another class of the teacher's, copied into this one; the form says how many. */
export async function copyClassAssignmentsAction(_: State, form: FormData): Promise<ActionResult<{ copied: number }>> {
  return runTeacherAction("copyClassAssignments", copyClassAssignmentsSchema, formObject(form), async (viewer, input) => ({
    copied: (await copyClassAssignments(viewer, { sourceClassId: input.sourceClassId, destinationClassId: input.classId })).ids.length,
  }));
}

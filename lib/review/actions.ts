"use server";

import { formObject } from "@/lib/form-data";
import type { ActionResult } from "@/lib/result";
import { runTeacherAction } from "@/lib/teacher-action";
import { addToCommentBank, releaseFeedback, returnAttempt } from "./mutations";
import { assignmentReleaseSchema, bankEntrySchema, returnAttemptSchema, studentRefSchema, studentWorkSchema } from "./schemas";
import { deleteStudentWork } from "./work";

/** The review screens' forms (lib/teacher-action.ts does the viewer, the parsing and the result). */

type State = ActionResult | null;

export async function releaseStudentFeedbackAction(_: State, form: FormData): Promise<ActionResult> {
  return runTeacherAction("releaseStudentFeedback", studentRefSchema, formObject(form), (viewer, input) => releaseFeedback(viewer, input));
}

export async function releaseAssignmentFeedbackAction(_: State, form: FormData): Promise<ActionResult> {
  return runTeacherAction("releaseAssignmentFeedback", assignmentReleaseSchema, formObject(form), (viewer, input) =>
    releaseFeedback(viewer, { ...input, enrolmentId: null }),
  );
}

export async function returnAttemptAction(_: State, form: FormData): Promise<ActionResult> {
  return runTeacherAction("returnAttempt", returnAttemptSchema, formObject(form), async (viewer, { message, publish, ...target }) => {
    await returnAttempt(viewer, target, { message, publish });
    return {};
  });
}

/** Called from the feedback editor (not a form): the comment to keep in the teacher's bank. */
export async function addToCommentBankAction(text: string): Promise<ActionResult> {
  return runTeacherAction("addToCommentBank", bankEntrySchema, { text }, async (viewer, input) => {
    await addToCommentBank(viewer, input.text);
    return {};
  });
}

export async function deleteStudentWorkAction(_: State, form: FormData): Promise<ActionResult> {
  return runTeacherAction("deleteStudentWork", studentWorkSchema, formObject(form), async (viewer, input) => {
    await deleteStudentWork(viewer, input.assignmentId, input.studentId);
    return {};
  });
}

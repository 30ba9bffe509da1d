"use server";

import { formObject } from "@/lib/form-data";
import type { ActionResult } from "@/lib/result";
import { runTeacherAction } from "@/lib/teacher-action";
import { createGroup, deleteGroup, renameGroup, setGroupMembers } from "./groups";
import { createGroupSchema, groupMembersSchema, groupRefSchema, renameGroupSchema } from "./schemas";

/** The forms of a class's groups (the students page): each one domain call of ./groups.ts. */

type State = ActionResult | null;

export async function createGroupAction(_: State, form: FormData): Promise<ActionResult> {
  return runTeacherAction("createGroup", createGroupSchema, formObject(form), async (viewer, input) => {
    await createGroup(viewer, input.classId, input.name);
    return {};
  });
}

export async function renameGroupAction(_: State, form: FormData): Promise<ActionResult> {
  return runTeacherAction("renameGroup", renameGroupSchema, formObject(form), async (viewer, input) => {
    await renameGroup(viewer, input.classId, input.groupId, input.name);
    return {};
  });
}

export async function setGroupMembersAction(_: State, form: FormData): Promise<ActionResult> {
  return runTeacherAction("setGroupMembers", groupMembersSchema, formObject(form, ["enrolmentIds"]), async (viewer, input) => {
    await setGroupMembers(viewer, input.classId, input.groupId, input.enrolmentIds);
    return {};
  });
}

export async function deleteGroupAction(_: State, form: FormData): Promise<ActionResult> {
  return runTeacherAction("deleteGroup", groupRefSchema, formObject(form), async (viewer, input) => {
    await deleteGroup(viewer, input.classId, input.groupId);
    return {};
  });
}

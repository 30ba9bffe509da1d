import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { classesOwnedBy } from "./policy";

/**
 * A class's groups (a reading group, a half-class): named, a student may be in several, and an
 * assignment may be given to some of them (lib/assignments/policy.ts inAudienceSql). Scoped to the
 * classes the viewer teaches (./policy.ts): anything else reads, and changes, as NOT_FOUND.
 */

export type ClassGroup = { id: string; name: string; members: string[] };

const ownGroup = (viewer: Viewer, requestedClassId: string, requestedGroupId: string): Prisma.GroupWhereInput => ({
  id: requestedGroupId,
  classId: requestedClassId,
  class: classesOwnedBy(viewer),
});

const isNameClash = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/** The class's groups by name, each with its members' enrolment ids. One statement; empty when the class is not the viewer's. */
export async function listGroups(viewer: Viewer, requestedClassId: string): Promise<ClassGroup[]> {
  const groups = await db().group.findMany({
    where: { classId: requestedClassId, class: classesOwnedBy(viewer) },
    orderBy: { name: "asc" },
    select: { id: true, name: true, members: { select: { enrolmentId: true } } },
  });
  return groups.map((group) => ({ id: group.id, name: group.name, members: group.members.map((member) => member.enrolmentId) }));
}

export type ClassStudent = { id: string; name: string };

/**
 * The class's students (enrolment ids, by name) and its groups (by name, with their members), for
 * the forms that choose among them. One statement; null when the class is not the viewer's.
 */
export async function getClassGroups(viewer: Viewer, requestedClassId: string): Promise<{ students: ClassStudent[]; groups: ClassGroup[] } | null> {
  const cls = await db().class.findFirst({
    where: { id: requestedClassId, ...classesOwnedBy(viewer) },
    select: {
      enrolments: { orderBy: { nameKey: "asc" }, select: { id: true, name: true } },
      groups: { orderBy: { name: "asc" }, select: { id: true, name: true, members: { select: { enrolmentId: true } } } },
    },
  });
  if (!cls) return null;
  return {
    students: cls.enrolments,
    groups: cls.groups.map((group) => ({ id: group.id, name: group.name, members: group.members.map((member) => member.enrolmentId) })),
  };
}

/** A new, empty group; GROUP_NAME_TAKEN when the class has one of that name. */
export async function createGroup(viewer: Viewer, requestedClassId: string, name: string): Promise<{ id: string }> {
  const cls = await db().class.findFirst({ where: { id: requestedClassId, ...classesOwnedBy(viewer) }, select: { id: true } });
  if (!cls) throw new AppError("NOT_FOUND");
  try {
    return await db().group.create({ data: { classId: cls.id, name }, select: { id: true } });
  } catch (error) {
    if (isNameClash(error)) throw new AppError("GROUP_NAME_TAKEN");
    throw error;
  }
}

export async function renameGroup(viewer: Viewer, requestedClassId: string, requestedGroupId: string, name: string): Promise<void> {
  try {
    const { count } = await db().group.updateMany({ where: ownGroup(viewer, requestedClassId, requestedGroupId), data: { name } });
    if (count === 0) throw new AppError("NOT_FOUND");
  } catch (error) {
    if (isNameClash(error)) throw new AppError("GROUP_NAME_TAKEN");
    throw error;
  }
}

/** Deletes a group; an assignment given to it is then given to its other groups only (to nobody, if none). */
export async function deleteGroup(viewer: Viewer, requestedClassId: string, requestedGroupId: string): Promise<void> {
  const { count } = await db().group.deleteMany({ where: ownGroup(viewer, requestedClassId, requestedGroupId) });
  if (count === 0) throw new AppError("NOT_FOUND");
}

/** The group's members become exactly `requestedEnrolmentIds`, students of its class (any other: INVALID_INPUT). One transaction. */
export async function setGroupMembers(
  viewer: Viewer,
  requestedClassId: string,
  requestedGroupId: string,
  requestedEnrolmentIds: readonly string[],
): Promise<void> {
  const ids = [...new Set(requestedEnrolmentIds)];
  await db().$transaction(async (tx) => {
    const group = await tx.group.findFirst({ where: ownGroup(viewer, requestedClassId, requestedGroupId), select: { id: true, classId: true } });
    if (!group) throw new AppError("NOT_FOUND");
    const students = await tx.enrolment.count({ where: { id: { in: ids }, classId: group.classId } });
    if (students !== ids.length) throw new AppError("INVALID_INPUT");
    await tx.groupMember.deleteMany({ where: { groupId: group.id } });
    await tx.groupMember.createMany({ data: ids.map((enrolmentId) => ({ groupId: group.id, enrolmentId })) });
  });
}

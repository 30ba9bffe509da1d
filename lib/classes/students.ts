import "server-only";
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { Viewer } from "@/lib/auth/session";
import { PLACEHOLDER_EMAIL_DOMAINS, type AppLocale } from "@/lib/config";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { cleanName, isValidStudentName, nameKey } from "./names";
import { suggestPassphrase } from "./passphrase";
import { acceptsNewStudents, classesOwnedBy, mayJoinClasses } from "./policy";

/**
 * Student accounts without e-mail. better-auth's user table requires an address, so a student's
 * is a placeholder on a reserved domain that can never receive mail (`<id>@students.invalid`,
 * RFC 2606): no address is asked for or stored. The password is better-auth's own credential
 * (same hash), so students sign in through its endpoint, limiter and guest-linking step
 * (lib/auth/student-sign-in.ts). Their name lives on the enrolment, unique per class when folded.
 */

export const studentEmail = (userId: string) => `${userId}@${PLACEHOLDER_EMAIL_DOMAINS.students}`;

type NewStudent = { name: string; password: string };

const isNameClash = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" && JSON.stringify(error.meta ?? {}).includes("nameKey");

/** Creates the accounts and enrolments of new students in one transaction: all of them, or none. */
async function createStudents(classId: string, students: readonly NewStudent[]): Promise<string[]> {
  const rows = await Promise.all(
    students.map(async (student) => ({ id: randomUUID(), name: student.name, hash: await hashPassword(student.password) })),
  );
  const now = new Date();
  try {
    await db().$transaction([
      db().user.createMany({ data: rows.map((row) => ({ id: row.id, name: row.name, email: studentEmail(row.id), createdAt: now, updatedAt: now })) }),
      db().account.createMany({
        data: rows.map((row) => ({ id: randomUUID(), accountId: row.id, providerId: "credential", userId: row.id, password: row.hash, createdAt: now, updatedAt: now })),
      }),
      db().enrolment.createMany({ data: rows.map((row) => ({ classId, userId: row.id, name: row.name, nameKey: nameKey(row.name) })) }),
    ]);
  } catch (error) {
    if (isNameClash(error)) throw new AppError("NAME_TAKEN", { names: students.map((student) => student.name) });
    throw error;
  }
  return rows.map((row) => row.id);
}

/**
 * A visitor joins a class with its code, a name and a password of their own. Refused to someone
 * already signed in (teacher or student: this makes a new account); a guest is welcome, and keeps
 * their self-study once signed in. Returns the address to sign in with.
 */
export async function joinClass(viewer: Viewer | null, input: { code: string; name: string; password: string }): Promise<{ email: string }> {
  if (viewer && (!mayJoinClasses(viewer) || !viewer.isGuest)) throw new AppError("SIGNED_IN_ALREADY");
  const cls = await db().class.findUnique({ where: { joinCode: input.code }, select: { id: true, joiningOpen: true, archivedAt: true } });
  if (!cls) throw new AppError("JOIN_CODE_UNKNOWN");
  if (!acceptsNewStudents(cls)) throw new AppError("JOINING_CLOSED");
  const [id] = await createStudents(cls.id, [{ name: cleanName(input.name), password: input.password }]);
  return { email: studentEmail(id!) };
}

/**
 * The placeholder address of the student of a class with this name (folded), for signing in; null
 * when the class has no such student. `classFound` lets a wrong code be told from a wrong name.
 */
export async function findStudentLogin(code: string, name: string): Promise<{ classFound: boolean; email: string | null }> {
  const cls = await db().class.findUnique({
    where: { joinCode: code },
    select: { enrolments: { where: { nameKey: nameKey(name) }, select: { userId: true } } },
  });
  const student = cls?.enrolments[0];
  return { classFound: cls !== null, email: student ? studentEmail(student.userId) : null };
}

/** The viewer's class (NOT_FOUND otherwise). */
async function ownClassId(viewer: Viewer, requestedClassId: string): Promise<string> {
  const cls = await db().class.findFirst({ where: { id: requestedClassId, ...classesOwnedBy(viewer) }, select: { id: true } });
  if (!cls) throw new AppError("NOT_FOUND");
  return cls.id;
}

/**
 * The teacher's pasted roster: an account per name, each with a suggested passphrase shown once
 * (for the printed credentials sheet) and stored only as a hash. All or nothing: a name that is
 * invalid, repeated in the list or already in the class is named back, and nobody is created.
 */
export async function addStudents(viewer: Viewer, requestedClassId: string, names: readonly string[], locale: AppLocale): Promise<NewStudent[]> {
  const classId = await ownClassId(viewer, requestedClassId);
  const invalid = names.filter((name) => !isValidStudentName(name));
  if (invalid.length > 0) throw new AppError("NAME_INVALID", { names: invalid });
  const keys = names.map(nameKey);
  const existing = await db().enrolment.findMany({ where: { classId, nameKey: { in: keys } }, select: { nameKey: true } });
  const taken = names.filter((name, index) => existing.some((row) => row.nameKey === keys[index]) || keys.indexOf(keys[index]!) !== index);
  if (taken.length > 0) throw new AppError("NAME_TAKEN", { names: taken });
  const students = names.map((name) => ({ name: cleanName(name), password: suggestPassphrase(locale) }));
  await createStudents(classId, students);
  return students;
}

/** The enrolment of one student of the viewer's class (NOT_FOUND otherwise). */
async function ownStudent(viewer: Viewer, requestedClassId: string, requestedStudentId: string) {
  const enrolment = await db().enrolment.findFirst({
    where: { classId: requestedClassId, userId: requestedStudentId, class: classesOwnedBy(viewer) },
    select: { classId: true, userId: true, name: true },
  });
  if (!enrolment) throw new AppError("NOT_FOUND");
  return enrolment;
}

/** A new passphrase for a student who forgot theirs, shown once; their sessions end. */
export async function resetStudentPassword(viewer: Viewer, requestedClassId: string, requestedStudentId: string, locale: AppLocale): Promise<NewStudent> {
  const student = await ownStudent(viewer, requestedClassId, requestedStudentId);
  const password = suggestPassphrase(locale);
  const hash = await hashPassword(password);
  await db().$transaction([
    db().account.updateMany({ where: { userId: student.userId, providerId: "credential" }, data: { password: hash } }),
    db().session.deleteMany({ where: { userId: student.userId } }),
  ]);
  return { name: student.name, password };
}

/**
 * Removes a student from the class with the work they did for its assignments; their account
 * goes too unless another class still has them. One transaction.
 */
export async function removeStudent(viewer: Viewer, requestedClassId: string, requestedStudentId: string): Promise<void> {
  const student = await ownStudent(viewer, requestedClassId, requestedStudentId);
  await db().$transaction(async (tx) => {
    await tx.attempt.deleteMany({ where: { userId: student.userId, assignment: { classId: student.classId } } });
    await tx.enrolment.deleteMany({ where: { classId: student.classId, userId: student.userId } });
    await tx.user.deleteMany({ where: { id: student.userId, email: studentEmail(student.userId), enrolments: { none: {} } } });
  });
}

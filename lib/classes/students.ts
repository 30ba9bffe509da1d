import "server-only";
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { Viewer } from "@/lib/auth/viewer";
import { PLACEHOLDER_EMAIL_DOMAINS, type AppLocale } from "@/lib/config";
import { db } from "@/lib/db";
import { AppError, isAppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { nameKey } from "./names";
import { suggestPassphrase } from "./passphrase";
import { checkRoster, remainingText, rosterEntries, type RosterProblem } from "./roster";
import { classesOwnedBy } from "./policy";

/**
 * Student accounts without e-mail. better-auth's user table requires an address, so a student's
 * is a placeholder on a reserved domain that can never receive mail (`<id>@students.invalid`,
 * RFC 2606): no address is asked for or stored. The password is better-auth's own credential
 * (same hash), so students sign in through its endpoint, limiter and guest-linking step
 * (./student-sign-in.ts). Their name lives on the enrolment, unique per class when folded. The
 * teacher's roster makes them here; a student who joins with the code, in ./join.ts.
 */

export const studentEmail = (userId: string) => `${userId}@${PLACEHOLDER_EMAIL_DOMAINS.students}`;

type NewStudent = { name: string; password: string };

const isNameClash = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" && JSON.stringify(error.meta ?? {}).includes("nameKey");

/** Creates the accounts and enrolments of new students in one transaction: all of them, or none. */
export async function createStudents(classId: string, students: readonly NewStudent[]): Promise<string[]> {
  const rows = await Promise.all(students.map(async (student) => ({ id: randomUUID(), name: student.name, hash: await hashPassword(student.password) })));
  const now = new Date();
  try {
    await db().$transaction([
      db().user.createMany({ data: rows.map((row) => ({ id: row.id, name: row.name, email: studentEmail(row.id), createdAt: now, updatedAt: now })) }),
      db().account.createMany({
        data: rows.map((row) => ({
          id: randomUUID(),
          accountId: row.id,
          providerId: "credential",
          userId: row.id,
          password: row.hash,
          createdAt: now,
          updatedAt: now,
        })),
      }),
      db().enrolment.createMany({ data: rows.map((row) => ({ classId, userId: row.id, name: row.name, nameKey: nameKey(row.name) })) }),
    ]);
  } catch (error) {
    if (isNameClash(error)) throw new AppError("NAME_TAKEN", { names: students.map((student) => student.name) });
    throw error;
  }
  return rows.map((row) => row.id);
}

export type RosterOutcome = {
  /** The accounts created, each with its passphrase (shown once, for the slips). */
  students: NewStudent[];
  /** What is left in the box (nothing created yet, or the lines with a problem), and its problems. */
  remaining: string;
  problems: RosterProblem[];
  /** Entries that can be created now, while the problems wait. */
  ready: number;
};

/**
 * The teacher's pasted roster: an account per name, each with a suggested passphrase shown once
 * (for the printed slips) and stored only as a hash. With any problem in the list (./roster.ts),
 * nobody is created unless the teacher asks for the valid entries alone (`createValid`); the
 * problem lines then stay, renumbered, for the teacher to mend.
 */
export async function addStudents(
  viewer: Viewer,
  requestedClassId: string,
  text: string,
  locale: AppLocale,
  options: { createValid?: boolean; retried?: boolean } = {},
): Promise<RosterOutcome> {
  const cls = await db().class.findFirst({
    where: { id: requestedClassId, ...classesOwnedBy(viewer) },
    select: { id: true, archivedAt: true, enrolments: { select: { name: true } } },
  });
  if (!cls) throw new AppError("NOT_FOUND");
  if (cls.archivedAt) throw new AppError("CLASS_ARCHIVED");
  const existing = cls.enrolments.map((student) => student.name);
  const entries = rosterEntries(text);
  const check = checkRoster(entries, existing);
  if (check.problems.length > 0 && !options.createValid) return { students: [], remaining: text, problems: check.problems, ready: check.valid.length };
  const students = check.valid.map((entry) => ({ name: entry.name, password: suggestPassphrase(locale) }));
  try {
    if (students.length > 0) await createStudents(cls.id, students);
  } catch (error) {
    // A student joined under one of these names meanwhile: check again against the class as it is now.
    if (isAppError(error) && error.code === "NAME_TAKEN" && !options.retried)
      return addStudents(viewer, requestedClassId, text, locale, { ...options, retried: true });
    throw error;
  }
  const remaining = remainingText(entries, check.valid);
  const left = checkRoster(rosterEntries(remaining), [...existing, ...students.map((student) => student.name)]);
  return { students, remaining, problems: left.problems, ready: left.valid.length };
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
  const [student] = await resetStudentPasswords(viewer, requestedClassId, [requestedStudentId], locale);
  return student!;
}

/**
 * New sign-in slips for chosen students of one of the viewer's classes: a new passphrase each,
 * shown once (for the slips) and stored as a hash; their old passwords stop working and their
 * sessions end. All of them in one transaction, or none: a student who is not in the class reads
 * NOT_FOUND and nobody's password changes. In the roster's order.
 */
export async function resetStudentPasswords(
  viewer: Viewer,
  requestedClassId: string,
  requestedStudentIds: readonly string[],
  locale: AppLocale,
): Promise<NewStudent[]> {
  const ids = [...new Set(requestedStudentIds)];
  const students = await db().enrolment.findMany({
    where: { classId: requestedClassId, userId: { in: ids }, class: classesOwnedBy(viewer) },
    orderBy: { nameKey: "asc" },
    select: { userId: true, name: true },
  });
  if (ids.length === 0 || students.length !== ids.length) throw new AppError("NOT_FOUND");
  const slips = await Promise.all(
    students.map(async (student) => {
      const password = suggestPassphrase(locale);
      return { ...student, password, hash: await hashPassword(password) };
    }),
  );
  await db().$transaction([
    ...slips.map((slip) => db().account.updateMany({ where: { userId: slip.userId, providerId: "credential" }, data: { password: slip.hash } })),
    db().session.deleteMany({ where: { userId: { in: ids } } }),
  ]);
  return slips.map(({ name, password }) => ({ name, password }));
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

import { randomBytes } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { createAssignments } from "@/lib/assignments/mutations";
import type { RevealPolicy } from "@/lib/assignments/types";
import type { Viewer } from "@/lib/auth/viewer";
import { createClass } from "@/lib/classes/mutations";
import { addStudents } from "@/lib/classes/students";
import { db } from "@/lib/db";

const unique = () => randomBytes(6).toString("hex");

/** A learner row as better-auth would create it for a guest; unique, so tests never collide. */
export async function createLearner(options: { guest?: boolean } = {}): Promise<Viewer> {
  const id = `test-${unique()}`;
  await db().user.create({
    data: { id, name: "Test learner", email: `${id}@guest.invalid`, isAnonymous: options.guest ?? true },
  });
  return { id, role: "LEARNER", isGuest: options.guest ?? true };
}

export const newSaveId = () => `save-${unique()}`;

/** A client address of its own (the benchmarking range, RFC 2544), so that tests never share a limit. */
export const testAddress = () => `198.18.${randomBytes(1)[0]}.${(randomBytes(1)[0]! % 254) + 1}`;

export type TestTeacher = Viewer & { role: "TEACHER"; isGuest: false; email: string; password: string };

/** A teacher with an e-mail address and a password, as better-auth's sign-up makes one. */
export async function createTeacher(): Promise<TestTeacher> {
  const id = `teacher-${unique()}`;
  const email = `${id}@example.org`;
  const password = `secret-${unique()}`;
  await db().user.create({
    data: {
      id,
      name: "Test teacher",
      email,
      role: "TEACHER",
      accounts: { create: { id: `acc-${unique()}`, accountId: id, providerId: "credential", password: await hashPassword(password) } },
    },
  });
  return { id, role: "TEACHER", isGuest: false, email, password };
}

export type TestStudent = Viewer & { name: string; password: string };
export type TestClass = { teacher: TestTeacher; classId: string; joinCode: string; students: TestStudent[] };

/** A class of a (new) teacher's, with students created the way the teacher's roster paste does. */
export async function createClassWithStudents(options: { teacher?: TestTeacher; names?: string[] } = {}): Promise<TestClass> {
  const teacher = options.teacher ?? (await createTeacher());
  const { id: classId } = await createClass(teacher, { name: `Classe ${unique()}` });
  const { students: created } = await addStudents(teacher, classId, (options.names ?? ["Léa", "Tom"]).join("\n"), "fr");
  const enrolments = await db().enrolment.findMany({ where: { classId }, select: { userId: true, name: true } });
  const { joinCode } = await db().class.findUniqueOrThrow({ where: { id: classId }, select: { joinCode: true } });
  const students = created.map((student) => ({
    id: enrolments.find((row) => row.name === student.name)!.userId,
    role: "LEARNER" as const,
    isGuest: false,
    ...student,
  }));
  return { teacher, classId, joinCode, students };
}

/** One assignment (of an exercise key, the first article's by default) to a class of the teacher's. */
export async function createAssignment(
  cls: TestClass,
  options: { exerciseKey?: string; revealPolicy?: RevealPolicy; dueOn?: string | null } = {},
): Promise<string> {
  const exerciseKey = options.exerciseKey ?? (await db().exercise.findFirstOrThrow({ where: { kind: "ARTICLE" }, orderBy: { key: "asc" } })).key;
  const { ids } = await createAssignments(cls.teacher, {
    classId: cls.classId,
    exercises: [exerciseKey],
    dueOn: options.dueOn ?? null,
    revealPolicy: options.revealPolicy ?? "AFTER_SUBMIT",
  });
  return ids[0]!;
}

import "server-only";
import { signInNewAccount } from "@/lib/auth/accounts";
import { beforeCodeLookup, beforeNewAccount, clientAddress, countCodeMiss } from "@/lib/auth/limits";
import { passwordProblem } from "@/lib/auth/password-rule";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lookalikeKey } from "./lookalikes";
import { cleanName, nameFault, nameFaultCode, nameMatchKey } from "./names";
import { acceptsNewStudents, mayJoinClasses } from "./policy";
import { studentAccount } from "./student-sign-in";
import { createStudents, studentEmail } from "./students";

/**
 * A visitor joins a class with its code, a name and a password of their own. Refused to someone
 * already signed in (teacher or student: this makes a new account); a guest is welcome, and keeps
 * their self-study once signed in. A name the class has already, ignoring case, accents, spaces and
 * punctuation, is taken, and one that only looks like it (./lookalikes.ts) is refused. The password
 * passes the password rule here (lib/auth/password-rule.ts), since this makes the account without
 * better-auth's endpoint. Codes that match nothing and names taken count against the client's
 * address, and the account is counted against the class's and the address's allowance before it
 * is made (lib/auth/limits.ts), so a script neither guesses codes nor fills a class. Returns the
 * account made and the address to sign in with.
 */
export async function joinClass(
  viewer: Viewer | null,
  input: { code: string; name: string; password: string },
  address: string,
): Promise<{ userId: string; email: string }> {
  if (viewer && (!mayJoinClasses(viewer) || !viewer.isGuest)) throw new AppError("SIGNED_IN_ALREADY");
  const passwordRefused = passwordProblem(input.password, [input.name, input.code]);
  if (passwordRefused) throw new AppError(passwordRefused);
  await beforeCodeLookup(address);
  const cls = await db().class.findUnique({
    where: { joinCode: input.code },
    select: { id: true, joiningOpen: true, archivedAt: true, enrolments: { select: { name: true } } },
  });
  if (!cls) {
    await countCodeMiss(address);
    throw new AppError("JOIN_CODE_UNKNOWN");
  }
  if (!acceptsNewStudents(cls)) throw new AppError("JOINING_CLOSED");
  const name = cleanName(input.name);
  const fault = nameFault(name);
  if (fault) throw new AppError(nameFaultCode(fault));
  const taken = cls.enrolments.some((student) => nameMatchKey(student.name) === nameMatchKey(name));
  if (taken || cls.enrolments.some((student) => lookalikeKey(student.name) === lookalikeKey(name))) {
    await countCodeMiss(address);
    throw new AppError(taken ? "NAME_TAKEN" : "NAME_LOOKALIKE", { names: [name] });
  }
  await beforeNewAccount(address, cls.id);
  const [userId] = await createStudents(cls.id, [{ name, password: input.password }]);
  return { userId: userId!, email: studentEmail(userId!) };
}

/** Undoes a join whose sign-in then failed: the account just made, and its enrolment, go. */
export async function undoJoin(userId: string): Promise<void> {
  await db().user.deleteMany({ where: { id: userId, email: studentEmail(userId) } });
}

/**
 * Joins a class (joinClass, within the join limits), then signs the new student in, keeping a
 * guest's work. Should that sign-in fail, the account is undone: an account exists only for a join
 * that succeeded.
 */
export async function joinClassAndSignIn(
  requestHeaders: Headers,
  viewer: Viewer | null,
  input: { code: string; name: string; password: string },
): Promise<string[]> {
  const { userId, email } = await joinClass(viewer, input, clientAddress(requestHeaders));
  try {
    return await signInNewAccount(requestHeaders, studentAccount(input.code, input.name), email, input.password, "WRONG_NAME_OR_PASSWORD");
  } catch (error) {
    await undoJoin(userId);
    throw error;
  }
}

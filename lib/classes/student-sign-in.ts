import "server-only";
import { signInWithinLimits } from "@/lib/auth/accounts";
import { beforeCodeLookup, clientAddress, countCodeMiss } from "@/lib/auth/limits";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { normaliseJoinCode } from "./codes";
import { nameKey, nameMatchKey } from "./names";
import { studentEmail } from "./students";

/**
 * A student signs in with their class code, their name in it and their password: the class finds
 * the account, better-auth checks the password, within the sign-in limits (lib/auth/accounts.ts).
 */

/** The account as typed, for the limits and the trusted-device note: the class and the name, folded as sign-in matches them. */
export const studentAccount = (code: string, name: string) => `student:${normaliseJoinCode(code)}:${nameMatchKey(name)}`;

/**
 * The placeholder address of the student of a class with this name, for signing in: the name as
 * stored (folded: case, accents, spacing), or else the one name of the class that matches it
 * without punctuation ("lea m" for "Léa M."). Null when the class has no such student, or several.
 * `classFound` lets a wrong code be told from a wrong name.
 */
export async function findStudentLogin(code: string, name: string): Promise<{ classFound: boolean; email: string | null }> {
  const cls = await db().class.findUnique({ where: { joinCode: code }, select: { enrolments: { select: { userId: true, nameKey: true, name: true } } } });
  if (!cls) return { classFound: false, email: null };
  const exact = cls.enrolments.find((student) => student.nameKey === nameKey(name));
  const loose = cls.enrolments.filter((student) => nameMatchKey(student.name) === nameMatchKey(name));
  const student = exact ?? (loose.length === 1 ? loose[0] : undefined);
  return { classFound: true, email: student ? studentEmail(student.userId) : null };
}

/** No account has this address: what an unknown name signs in as, so that it is counted and timed alike. */
const NO_STUDENT = "nobody@students.invalid";

/**
 * Signs a student in. A code that matches no class counts against the address like a join's (no
 * guessing codes through this form); a name the class does not have goes through the same limited
 * sign-in as one it has.
 */
export async function signInStudent(requestHeaders: Headers, input: { code: string; name: string; password: string }): Promise<string[]> {
  const address = clientAddress(requestHeaders);
  await beforeCodeLookup(address);
  const login = await findStudentLogin(input.code, input.name);
  if (!login.classFound) {
    await countCodeMiss(address);
    throw new AppError("JOIN_CODE_UNKNOWN");
  }
  return signInWithinLimits(requestHeaders, studentAccount(input.code, input.name), login.email ?? NO_STUDENT, input.password, "WRONG_NAME_OR_PASSWORD");
}

import "server-only";
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { db, sql } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, isAppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { signInNewAccount, teacherAccount } from "./accounts";
import { afterSignIn, beforeSignIn, clientAddress, type SignInTry } from "./limits";
import { checkOwnPassword } from "./password-check";
import { passwordProblem } from "./password-rule";
import { generateRecoveryCodes, hashRecoveryCode, normaliseRecoveryCode } from "./recovery-code-format";
import { isTrustedDevice } from "./trusted-devices";
import type { Viewer } from "./viewer";

/**
 * A teacher's recovery codes, for the password they forgot (the app sends no e-mail): ten codes
 * shown once, when the account is made or when the teacher asks for new ones, and kept only as
 * keyed hashes (./recovery-code-format.ts). One code, with the teacher's address, sets a new
 * password, once: the code is used up, every session of the account ends, and the browser that
 * reset it is signed in. Students have none: their teacher prints them a new slip.
 */

type Tx = Prisma.TransactionClient;

/** Holds the account's row until the transaction ends: issuing and using codes never interleave. */
const lockUser = (tx: Tx, userId: string) => tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${userId} FOR UPDATE`;

/**
 * New codes for the account, replacing any it had (those stop working at once), returned once for
 * the teacher to keep. With `onlyIfNone`, an account that was ever given codes keeps them and null
 * comes back: signing up again with the address and password of an existing account signs in, and
 * issues nothing.
 */
export async function issueRecoveryCodes(userId: string, options: { onlyIfNone?: boolean } = {}): Promise<string[] | null> {
  const codes = generateRecoveryCodes();
  const secret = env().BETTER_AUTH_SECRET;
  return db().$transaction(async (tx) => {
    await lockUser(tx, userId);
    if (options.onlyIfNone && (await tx.recoveryCode.count({ where: { userId } })) > 0) return null;
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await tx.recoveryCode.createMany({
      data: codes.map((code) => ({ id: randomUUID(), userId, hash: hashRecoveryCode(secret, userId, normaliseRecoveryCode(code)!) })),
    });
    return codes;
  });
}

/** How many of the account's codes can still be used, and whether it was ever given any. One statement. */
export async function recoveryCodesLeft(viewer: Viewer): Promise<{ left: number; issued: boolean }> {
  const [row] = await sql<{ left: number; issued: number }>(
    "recovery-codes-left",
    Prisma.sql`SELECT (count(*) FILTER (WHERE "usedAt" IS NULL))::int AS "left", count(*)::int AS "issued" FROM "RecoveryCode" WHERE "userId" = ${viewer.id}`,
  );
  return { left: row?.left ?? 0, issued: (row?.issued ?? 0) > 0 };
}

/** The teacher with this address (as sign-in folds it), or null: a student's placeholder address is no teacher's. */
async function teacherByEmail(email: string) {
  return db().user.findFirst({
    where: { email: email.trim().toLowerCase(), role: "TEACHER", isAnonymous: false },
    select: { id: true, name: true, email: true },
  });
}

/** At sign-up: the new account's first codes, or null when the account already had some (see issueRecoveryCodes). */
export async function issueFirstRecoveryCodes(email: string): Promise<string[] | null> {
  const teacher = await teacherByEmail(email);
  return teacher ? issueRecoveryCodes(teacher.id, { onlyIfNone: true }) : null;
}

/** From the account page: the current password, then new codes; the old ones stop working. */
export async function regenerateRecoveryCodes(requestHeaders: Headers, viewer: Viewer, password: string): Promise<{ recoveryCodes: string[]; email: string }> {
  try {
    await checkOwnPassword(requestHeaders, password);
  } catch (error) {
    // Said as the password form says it ("the current password is not right"), not as deleting the account does.
    if (isAppError(error) && error.code === "WRONG_PASSWORD") throw new AppError("WRONG_CURRENT_PASSWORD");
    throw error;
  }
  const [recoveryCodes, user] = await Promise.all([
    issueRecoveryCodes(viewer.id),
    db().user.findUniqueOrThrow({ where: { id: viewer.id }, select: { email: true } }),
  ]);
  return { recoveryCodes: recoveryCodes!, email: user.email };
}

/**
 * "Forgot password": the teacher's address, one of their codes and a new password. Within the
 * sign-in limits (./limits.ts), counted apart from sign-ins under the account's own key, and apart
 * again for a browser the account signed in from before: a wrong code is a failed try, and says
 * WRONG_RECOVERY_CODE whether or not the address has an account. A right one sets the password
 * (the app's rule, the account's own words included), uses the code up and ends every session of
 * the account, in one transaction; then this browser signs in. Returns the session's cookies.
 */
export async function resetPasswordWithRecoveryCode(requestHeaders: Headers, input: { email: string; code: string; newPassword: string }): Promise<string[]> {
  const account = teacherAccount(input.email);
  const { BETTER_AUTH_SECRET } = env();
  const attempt: SignInTry = {
    account: `recovery:${account}`,
    address: clientAddress(requestHeaders),
    trusted: isTrustedDevice(requestHeaders.get("cookie"), account, BETTER_AUTH_SECRET),
  };
  await beforeSignIn(attempt);
  const teacher = await teacherByEmail(input.email);
  const code = normaliseRecoveryCode(input.code);
  let reset: boolean;
  try {
    reset = await db().$transaction(async (tx) => {
      if (code === null) return false;
      // The same statement whether or not the address has an account ("" is no user's id).
      const userId = teacher?.id ?? "";
      const used = await tx.recoveryCode.updateMany({
        where: { userId, hash: hashRecoveryCode(BETTER_AUTH_SECRET, userId, code), usedAt: null },
        data: { usedAt: new Date() },
      });
      if (used.count !== 1 || !teacher) return false;
      // The code was right: a refused password undoes its use (the transaction rolls back).
      const problem = passwordProblem(input.newPassword, [teacher.name, teacher.email]);
      if (problem) throw new AppError(problem);
      await tx.account.updateMany({ where: { userId, providerId: "credential" }, data: { password: await hashPassword(input.newPassword) } });
      await tx.session.deleteMany({ where: { userId } });
      return true;
    });
  } catch (error) {
    // A right code with a password the rule refuses is no failed try.
    if (isAppError(error) && error.code.startsWith("PASSWORD_")) await afterSignIn(attempt, true);
    throw error;
  }
  await afterSignIn(attempt, reset);
  if (!reset || !teacher) throw new AppError("WRONG_RECOVERY_CODE");
  return signInNewAccount(requestHeaders, account, teacher.email, input.newPassword, "WRONG_EMAIL_OR_PASSWORD");
}

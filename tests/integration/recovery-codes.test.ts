import { verifyPassword } from "better-auth/crypto";
import { describe, expect, it } from "vitest";
import { signInTeacher } from "@/lib/auth/accounts";
import { hashRecoveryCode, normaliseRecoveryCode } from "@/lib/auth/recovery-code-format";
import {
  issueFirstRecoveryCodes,
  issueRecoveryCodes,
  recoveryCodesLeft,
  regenerateRecoveryCodes,
  resetPasswordWithRecoveryCode,
} from "@/lib/auth/recovery-codes";
import { resolveSession } from "@/lib/auth/session";
import { TRUSTED_DEVICE_COOKIE } from "@/lib/auth/trusted-devices";
import { studentEmail } from "@/lib/classes/students";
import { RECOVERY_CODES, SIGN_INS } from "@/lib/config";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createClassWithStudents, createTeacher, testAddress, type TestTeacher } from "../support/factories";
import { sessionCookie } from "../support/sessions";
import { codeOf } from "../support/errors";

/**
 * A teacher's recovery codes (lib/auth/recovery-codes.ts): ten shown once and stored as keyed
 * hashes; each sets a new password once, ending every session of the account; new ones void the
 * old; a wrong code is refused within the sign-in limits, alike for an address with an account and
 * one without.
 */

const headersFrom = (address = testAddress(), cookie?: string) =>
  new Headers({ host: "school.test:3000", "x-forwarded-for": address, "x-forwarded-proto": "http", ...(cookie ? { cookie } : {}) });
const cookieOf = (setCookie: readonly string[]) => setCookie.map((cookie) => cookie.split(";")[0]).join("; ");
const credential = async (userId: string) => (await db().account.findFirstOrThrow({ where: { userId, providerId: "credential" } })).password!;
const left = async (teacher: TestTeacher) => (await recoveryCodesLeft(teacher)).left;
const FREE = SIGN_INS.failures.free;

/** A teacher with their codes, as sign-up gives them. */
async function teacherWithCodes(): Promise<{ teacher: TestTeacher; codes: string[] }> {
  const teacher = await createTeacher();
  return { teacher, codes: (await issueFirstRecoveryCodes(teacher.email))! };
}

const reset = (teacher: TestTeacher, code: string, newPassword: string, headers = headersFrom()) =>
  resetPasswordWithRecoveryCode(headers, { email: teacher.email, code, newPassword });

describe("recovery codes", () => {
  it("are ten readable codes from the CSPRNG, stored only as hashes keyed with the server's secret", async () => {
    const { teacher, codes } = await teacherWithCodes();
    expect(codes).toHaveLength(RECOVERY_CODES.count);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-hjkmnp-tw-z2-9]{4}-[a-hjkmnp-tw-z2-9]{4}-[a-hjkmnp-tw-z2-9]{4}$/);
    const rows = await db().recoveryCode.findMany({ where: { userId: teacher.id } });
    expect(rows).toHaveLength(codes.length);
    const stored = JSON.stringify(rows);
    for (const code of codes) {
      expect(stored).not.toContain(code);
      expect(stored).not.toContain(normaliseRecoveryCode(code));
    }
    expect(rows.map((row) => row.hash).sort()).toEqual(
      codes.map((code) => hashRecoveryCode(env().BETTER_AUTH_SECRET, teacher.id, normaliseRecoveryCode(code)!)).sort(),
    );
    expect(await recoveryCodesLeft(teacher)).toEqual({ left: 10, issued: true });
  });

  it("are issued once at sign-up: an account that has codes keeps them", async () => {
    const { teacher, codes } = await teacherWithCodes();
    expect(await issueFirstRecoveryCodes(teacher.email)).toBeNull();
    const hashes = await db().recoveryCode.findMany({ where: { userId: teacher.id }, select: { hash: true } });
    expect(hashes).toHaveLength(codes.length);
    expect(await issueFirstRecoveryCodes("nobody-here@example.org")).toBeNull();
  });

  it("each set a new password once, end every session of the account, and sign this browser in", async () => {
    const { teacher, codes } = await teacherWithCodes();
    const [first, second] = await Promise.all([sessionCookie(teacher), sessionCookie(teacher)]);
    const setCookie = await reset(teacher, codes[0]!, "un-nouveau-mot-de-passe");
    expect(await verifyPassword({ hash: await credential(teacher.id), password: "un-nouveau-mot-de-passe" })).toBe(true);
    // The two sessions opened before are gone, in the database (a signed copy in a cookie no longer counts).
    for (const cookie of [first, second]) expect((await resolveSession(headersFrom(undefined, cookie), { live: true })).viewer).toBeNull();
    const now = await resolveSession(headersFrom(undefined, cookieOf(setCookie)), { live: true });
    expect(now.viewer).toMatchObject({ id: teacher.id, role: "TEACHER" });
    expect(await db().session.count({ where: { userId: teacher.id } })).toBe(1);
    expect(await left(teacher)).toBe(9);

    // The same code a second time: refused, and nothing changes.
    expect(await codeOf(reset(teacher, codes[0]!, "encore-un-autre-mot-de-passe"))).toBe("WRONG_RECOVERY_CODE");
    expect(await verifyPassword({ hash: await credential(teacher.id), password: "un-nouveau-mot-de-passe" })).toBe(true);
    // Another code works, typed in capitals with spaces; the old password no longer signs in, the new one does.
    expect(await codeOf(reset(teacher, codes[1]!.toUpperCase().replaceAll("-", " "), "troisieme-mot-de-passe"))).toBe("ok");
    expect(await left(teacher)).toBe(8);
    expect(await codeOf(signInTeacher(headersFrom(), teacher.email, "un-nouveau-mot-de-passe"))).toBe("WRONG_EMAIL_OR_PASSWORD");
    expect(await codeOf(signInTeacher(headersFrom(), teacher.email, "troisieme-mot-de-passe"))).toBe("ok");
  });

  it("work once even sent twice at the same moment", async () => {
    const { teacher, codes } = await teacherWithCodes();
    const outcomes = await Promise.all(["premier-mot-de-passe", "second-mot-de-passe"].map((password) => codeOf(reset(teacher, codes[3]!, password))));
    expect(outcomes.sort()).toEqual(["WRONG_RECOVERY_CODE", "ok"]);
    expect(await left(teacher)).toBe(9);
  });

  it("are not used up by a new password the rule refuses (the account's own name)", async () => {
    const teacher = await createTeacher();
    await db().user.update({ where: { id: teacher.id }, data: { name: "Madeleine Durand" } });
    const codes = (await issueRecoveryCodes(teacher.id))!;
    expect(await codeOf(reset(teacher, codes[0]!, "madeleine2024"))).toBe("PASSWORD_LIKE_ACCOUNT");
    expect(await left(teacher)).toBe(10);
    expect(await verifyPassword({ hash: await credential(teacher.id), password: teacher.password })).toBe(true);
    expect(await codeOf(reset(teacher, codes[0]!, "un-mot-de-passe-correct"))).toBe("ok");
  });

  it("are replaced by new ones from the account page, with the current password: the old stop working", async () => {
    const { teacher, codes } = await teacherWithCodes();
    const cookie = await sessionCookie(teacher);
    expect(await codeOf(regenerateRecoveryCodes(headersFrom(undefined, cookie), teacher, "pas-mon-mot-de-passe"))).toBe("WRONG_CURRENT_PASSWORD");
    expect(await left(teacher)).toBe(10);
    expect(await codeOf(reset(teacher, codes[0]!, "avant-les-nouveaux-codes"))).toBe("ok");
    expect(await left(teacher)).toBe(9);

    const again = await sessionCookie({ email: teacher.email, password: "avant-les-nouveaux-codes" });
    const renewed = await regenerateRecoveryCodes(headersFrom(undefined, again), teacher, "avant-les-nouveaux-codes");
    expect(renewed.email).toBe(teacher.email);
    expect(renewed.recoveryCodes).toHaveLength(10);
    expect(renewed.recoveryCodes.some((code) => codes.includes(code))).toBe(false);
    expect(await recoveryCodesLeft(teacher)).toEqual({ left: 10, issued: true });
    expect(await codeOf(reset(teacher, codes[1]!, "avec-un-ancien-code"))).toBe("WRONG_RECOVERY_CODE");
    expect(await codeOf(reset(teacher, renewed.recoveryCodes[0]!, "avec-un-nouveau-code"))).toBe("ok");
  });

  it("refuse a wrong code alike whether the address has an account or not, and slow the guessing down as sign-ins are", async () => {
    const { teacher, codes } = await teacherWithCodes();
    const address = testAddress();
    const nobody = { ...teacher, email: `personne-${teacher.id}@example.org` };
    for (let index = 0; index < FREE; index++) {
      expect(await codeOf(reset(teacher, `aaaa-bbbb-ccc${index + 2}`, "mot-de-passe-pirate", headersFrom(address)))).toBe("WRONG_RECOVERY_CODE");
      expect(await codeOf(reset(nobody, `aaaa-bbbb-ccc${index + 2}`, "mot-de-passe-pirate", headersFrom(address)))).toBe("WRONG_RECOVERY_CODE");
    }
    expect(await codeOf(reset(teacher, "pas un code", "mot-de-passe-pirate", headersFrom(address)))).toBe("SIGN_IN_DELAYED");
    expect(await codeOf(reset(nobody, "pas un code", "mot-de-passe-pirate", headersFrom(address)))).toBe("SIGN_IN_DELAYED");
    // While the delay runs, the right code waits too, from a browser new to the account: the guesser cannot tell it worked.
    expect(await codeOf(reset(teacher, codes[0]!, "mot-de-passe-pirate", headersFrom(testAddress())))).toBe("SIGN_IN_DELAYED");
    expect(await left(teacher)).toBe(10);
    expect(await verifyPassword({ hash: await credential(teacher.id), password: teacher.password })).toBe(true);

    // The teacher's own browser, where the account signed in before, counts apart and is never made to wait.
    const note = (await signInTeacher(headersFrom(), teacher.email, teacher.password)).find((cookie) => cookie.startsWith(`${TRUSTED_DEVICE_COOKIE}=`))!;
    expect(await codeOf(reset(teacher, codes[0]!, "mot-de-passe-retrouve", headersFrom(address, note.split(";")[0])))).toBe("ok");
  });

  it("count wrong codes against the address as failed sign-ins are", async () => {
    const address = testAddress();
    const teachers = await Promise.all(Array.from({ length: 4 }, () => createTeacher()));
    const outcomes: string[] = [];
    // SIGN_INS_PER_MINUTE is 20 in these tests (tests/support/integration-setup.ts): 4 accounts × 5 free tries.
    for (const teacher of teachers)
      for (let index = 0; index < FREE; index++) outcomes.push(await codeOf(reset(teacher, "zzzz-zzzz-zzzz", "mot-de-passe-pirate", headersFrom(address))));
    expect(outcomes.every((code) => code === "WRONG_RECOVERY_CODE")).toBe(true);
    expect(await codeOf(reset(await createTeacher(), "zzzz-zzzz-zzzz", "mot-de-passe-pirate", headersFrom(address)))).toBe("SIGN_IN_RATE_LIMITED");
  });

  it("open no student's account: students have none", async () => {
    const cls = await createClassWithStudents({ names: ["Léa"] });
    const student = cls.students[0]!;
    const asTeacher = { ...cls.teacher, email: studentEmail(student.id) };
    expect(await codeOf(reset(asTeacher, "abcd-efgh-jkmn", "mot-de-passe-eleve"))).toBe("WRONG_RECOVERY_CODE");
    expect(await db().recoveryCode.count({ where: { userId: student.id } })).toBe(0);
  });

  it("go with the account when it is deleted", async () => {
    const { teacher } = await teacherWithCodes();
    await db().user.delete({ where: { id: teacher.id } });
    expect(await db().recoveryCode.count({ where: { userId: teacher.id } })).toBe(0);
  });
});

import { randomInt } from "node:crypto";
import { verifyPassword } from "better-auth/crypto";
import { describe, expect, it } from "vitest";
import { callAuthEndpoint } from "@/lib/auth/endpoints";
import { joinClass } from "@/lib/classes/join";
import { db } from "@/lib/db";
import { createClassWithStudents, createTeacher, testAddress } from "../support/factories";
import { codeOf } from "../support/errors";

/**
 * Issue 22: common passwords were accepted wherever a password is chosen. The rule now holds at
 * every entry point, not only in the forms: better-auth's own sign-up and change-password
 * endpoints (its before-hook), and joinClass, which makes a student's account itself. Nothing is
 * created or changed by a refused password.
 */

const headersFrom = (cookie?: string) =>
  new Headers({ host: "school.test:3000", "x-forwarded-for": `192.0.2.${randomInt(1, 255)}`, "x-forwarded-proto": "http", ...(cookie ? { cookie } : {}) });
const cookieOf = (setCookie: string[]) => setCookie.map((cookie) => cookie.split(";")[0]).join("; ");
const bodyCode = (body: unknown) => (body as { code?: string } | null)?.code;
const newEmail = () => `prof-${randomInt(1e9)}@example.org`;

describe("better-auth's sign-up", () => {
  it.each(["password", "12345678", "Azerty123!"])("refuses the common %j and creates nobody", async (password) => {
    const email = newEmail();
    const refused = await callAuthEndpoint(headersFrom(), "/sign-up/email", { name: "Mme Durand", email, password });
    expect(refused.status).toBe(400);
    expect(bodyCode(refused.body)).toBe("PASSWORD_TOO_COMMON");
    expect(await db().user.findUnique({ where: { email } })).toBeNull();
  });

  it("refuses a password that repeats the name or the address, and takes a passphrase", async () => {
    const email = newEmail();
    const asName = await callAuthEndpoint(headersFrom(), "/sign-up/email", { name: "Claire Fontaine", email, password: "ClaireFontaine1" });
    expect(bodyCode(asName.body)).toBe("PASSWORD_LIKE_ACCOUNT");
    const asEmail = await callAuthEndpoint(headersFrom(), "/sign-up/email", { name: "Claire Fontaine", email, password: email });
    expect(bodyCode(asEmail.body)).toBe("PASSWORD_LIKE_ACCOUNT");
    expect(await db().user.findUnique({ where: { email } })).toBeNull();
    const made = await callAuthEndpoint(headersFrom(), "/sign-up/email", { name: "Claire Fontaine", email, password: "girafe-piano-nuage-sel" });
    expect(made.status).toBe(200);
  });
});

describe("better-auth's change-password", () => {
  it("refuses a common password or the teacher's own name, and the old password still works", async () => {
    const teacher = await createTeacher();
    const session = await callAuthEndpoint(headersFrom(), "/sign-in/email", { email: teacher.email, password: teacher.password });
    const cookie = cookieOf(session.setCookie);
    for (const [newPassword, code] of [
      ["12345678", "PASSWORD_TOO_COMMON"],
      ["Test teacher", "PASSWORD_LIKE_ACCOUNT"],
      [teacher.email, "PASSWORD_LIKE_ACCOUNT"],
    ] as const) {
      const refused = await callAuthEndpoint(
        headersFrom(cookie),
        "/change-password",
        { currentPassword: teacher.password, newPassword },
        { withSession: true },
      );
      expect(refused.status, newPassword).toBe(400);
      expect(bodyCode(refused.body), newPassword).toBe(code);
    }
    const { password: hash } = await db().account.findFirstOrThrow({ where: { userId: teacher.id, providerId: "credential" } });
    expect(await verifyPassword({ hash: hash!, password: teacher.password })).toBe(true);
    const changed = await callAuthEndpoint(
      headersFrom(cookie),
      "/change-password",
      { currentPassword: teacher.password, newPassword: "girafe-piano-nuage-sel" },
      { withSession: true },
    );
    expect(changed.status).toBe(200);
  });
});

describe("joining a class", () => {
  it.each([
    { password: "12345678", code: "PASSWORD_TOO_COMMON" },
    { password: "motdepasse", code: "PASSWORD_TOO_COMMON" },
    { password: "zoe-martin-1", code: "PASSWORD_LIKE_ACCOUNT" },
  ])("refuses $password ($code) and creates no account", async ({ password, code }) => {
    const cls = await createClassWithStudents({ names: [] });
    const users = await db().user.count();
    expect(await codeOf(joinClass(null, { code: cls.joinCode, name: "Zoé Martin", password }, testAddress()))).toBe(code);
    expect(await db().user.count()).toBe(users);
  });

  it("refuses the class code as a password", async () => {
    const cls = await createClassWithStudents({ names: [] });
    expect(await codeOf(joinClass(null, { code: cls.joinCode, name: "Zoé", password: `${cls.joinCode.toLowerCase()}-2024` }, testAddress()))).toBe(
      "PASSWORD_LIKE_ACCOUNT",
    );
  });
});

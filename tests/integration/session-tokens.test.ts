import { describe, expect, it } from "vitest";
import { signInTeacher } from "@/lib/auth/accounts";
import { joinClass } from "@/lib/classes/join";
import { db } from "@/lib/db";
import { createClassWithStudents, createTeacher, testAddress } from "../support/factories";

/**
 * What docs/security.md claims of the session tokens and stored passwords (ASVS 2.4.1, 3.2.1,
 * 3.2.2), checked on what better-auth actually writes: the cookie a sign-in sets and the rows.
 */

const headersFrom = (address: string) => new Headers({ host: "school.test:3000", "x-forwarded-for": address, "x-forwarded-proto": "http" });
/** The token of a session cookie (`<token>.<signature>`), as stored in Session.token. */
const tokenOf = (setCookie: readonly string[]) => {
  const cookie = setCookie.find((header) => header.startsWith("better-auth.session_token="));
  return decodeURIComponent(cookie!.split(";")[0]!.slice("better-auth.session_token=".length)).split(".")[0]!;
};

describe("session tokens", () => {
  it("are new at every sign-in, random enough, and name a session of their own", async () => {
    const teacher = await createTeacher();
    const tokens = [];
    for (let index = 0; index < 3; index++) tokens.push(tokenOf(await signInTeacher(headersFrom(testAddress()), teacher.email, teacher.password)));
    expect(new Set(tokens).size).toBe(3);
    // 32 characters of 62: about 190 bits, well past ASVS 3.2.2's 64.
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9]{32}$/);
    const sessions = await db().session.findMany({ where: { token: { in: tokens } }, select: { userId: true } });
    expect(sessions.map((session) => session.userId)).toEqual([teacher.id, teacher.id, teacher.id]);
  });
});

describe("stored passwords", () => {
  it("are salted scrypt hashes: never the password, and two accounts with one password store two different hashes", async () => {
    const cls = await createClassWithStudents({ names: [] });
    const password = "girafe-piano-nuage-sel";
    const joined = [];
    for (const name of ["Léa", "Noé"]) joined.push(await joinClass(null, { code: cls.joinCode, name, password }, testAddress()));
    const stored = await db().account.findMany({ where: { userId: { in: joined.map((account) => account.userId) } }, select: { password: true } });
    expect(stored).toHaveLength(2);
    for (const { password: hash } of stored) {
      expect(hash).not.toContain(password);
      // better-auth's scrypt: a 16-byte salt and a 64-byte key, in hexadecimal.
      expect(hash).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
    }
    expect(stored[0]!.password).not.toBe(stored[1]!.password);
  });
});

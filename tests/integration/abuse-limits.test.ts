import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signInTeacher, signUpTeacher } from "@/lib/auth/accounts";
import { delayAfter } from "@/lib/auth/limits";
import { countEvent, throttleKey } from "@/lib/auth/throttle";
import { TRUSTED_DEVICE_COOKIE } from "@/lib/auth/trusted-devices";
import { joinClass, joinClassAndSignIn } from "@/lib/classes/join";
import { signInStudent } from "@/lib/classes/student-sign-in";
import { JOINS, SIGN_INS } from "@/lib/config";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createClassWithStudents, createTeacher, testAddress } from "../support/factories";
import { codeOf } from "../support/errors";

/**
 * The limits on signing in and joining (lib/auth/limits.ts), against the real database: guessing
 * is slowed per account and per address, a school behind one address is never locked out by one
 * script, and a script makes no accounts past a class's allowance.
 */

const headersFrom = (address: string, cookie?: string) =>
  new Headers({ host: "school.test:3000", "x-forwarded-for": address, "x-forwarded-proto": "http", ...(cookie ? { cookie } : {}) });
const cookieOf = (setCookie: readonly string[]) => setCookie.map((cookie) => cookie.split(";")[0]).join("; ");
const trustedNote = (setCookie: readonly string[]) => cookieOf(setCookie.filter((cookie) => cookie.startsWith(`${TRUSTED_DEVICE_COOKIE}=`)));
const FREE = SIGN_INS.failures.free;

describe("signing in", () => {
  it("counts a burst of parallel wrong passwords on one account, checking only the free tries", async () => {
    const cls = await createClassWithStudents({ names: ["Léa"] });
    const address = testAddress();
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, () => codeOf(signInStudent(headersFrom(address), { code: cls.joinCode, name: "Léa", password: "pas-le-bon-1" }))),
    );
    expect(outcomes.filter((code) => code === "WRONG_NAME_OR_PASSWORD")).toHaveLength(FREE);
    expect(outcomes.filter((code) => code === "SIGN_IN_DELAYED")).toHaveLength(12 - FREE);
    // The correct password, from a browser new to the account, waits too: the guesser cannot tell it worked.
    expect(await codeOf(signInStudent(headersFrom(address), { code: cls.joinCode, name: "Léa", password: cls.students[0]!.password }))).toBe("SIGN_IN_DELAYED");
  });

  it("never makes a student wait for someone else's failures on their usual browser, nor a classmate behind the same address", async () => {
    const cls = await createClassWithStudents({ names: ["Léa", "Noé"] });
    const [lea, noe] = cls.students;
    const school = testAddress();
    // Léa signed in on this browser before: it keeps a note of it.
    const usual = trustedNote(await signInStudent(headersFrom(school), { code: cls.joinCode, name: "lea", password: lea!.password }));
    expect(usual).toContain(TRUSTED_DEVICE_COOKIE);
    for (let index = 0; index < FREE + 3; index++)
      await codeOf(signInStudent(headersFrom(school), { code: cls.joinCode, name: "Léa", password: `essai-${index}-abc` }));
    expect(await codeOf(signInStudent(headersFrom(school), { code: cls.joinCode, name: "Léa", password: "encore-un-essai" }))).toBe("SIGN_IN_DELAYED");

    expect(await codeOf(signInStudent(headersFrom(school, usual), { code: cls.joinCode, name: "Léa", password: lea!.password }))).toBe("ok");
    expect(await codeOf(signInStudent(headersFrom(school), { code: cls.joinCode, name: "Noé", password: noe!.password }))).toBe("ok");
  });

  it("refuses a forged or altered note like no note at all", async () => {
    const cls = await createClassWithStudents({ names: ["Léa"] });
    const address = testAddress();
    const note = trustedNote(await signInStudent(headersFrom(address), { code: cls.joinCode, name: "Léa", password: cls.students[0]!.password }));
    const altered = note.replace(/~(.)/, (_, first: string) => `~${first === "A" ? "B" : "A"}`);
    for (let index = 0; index <= FREE; index++)
      await codeOf(signInStudent(headersFrom(address), { code: cls.joinCode, name: "Léa", password: `essai-${index}-abc` }));
    for (const cookie of [altered, `${TRUSTED_DEVICE_COOKIE}=abc~def`]) {
      expect(await codeOf(signInStudent(headersFrom(address, cookie), { code: cls.joinCode, name: "Léa", password: cls.students[0]!.password }))).toBe(
        "SIGN_IN_DELAYED",
      );
    }
  });

  it("delays a teacher's account the same way, whether or not the address has an account", async () => {
    const teacher = await createTeacher();
    const address = testAddress();
    for (const email of [teacher.email, `nobody-${randomInt(1e9)}@example.org`]) {
      const outcomes: string[] = [];
      for (let index = 0; index <= FREE; index++) outcomes.push(await codeOf(signInTeacher(headersFrom(address), email, `essai-${index}-abc`)));
      expect(outcomes).toEqual([...Array<string>(FREE).fill("WRONG_EMAIL_OR_PASSWORD"), "SIGN_IN_DELAYED"]);
    }
  });

  it("holds a generous ceiling of failures per address for browsers new to their accounts", async () => {
    const cls = await createClassWithStudents({ names: ["Léa"] });
    const address = testAddress();
    const note = trustedNote(await signInStudent(headersFrom(address), { code: cls.joinCode, name: "Léa", password: cls.students[0]!.password }));
    const limit = env().SIGN_INS_PER_MINUTE;
    const outcomes: string[] = [];
    for (let index = 0; index < limit + 2; index++) {
      // A new name each time, so that no account's delay is what refuses.
      outcomes.push(await codeOf(signInStudent(headersFrom(address), { code: cls.joinCode, name: `Inconnu ${index}`, password: "pas-le-bon-1" })));
    }
    expect(outcomes.slice(0, limit).every((code) => code === "WRONG_NAME_OR_PASSWORD")).toBe(true);
    expect(outcomes.slice(limit)).toEqual(["SIGN_IN_RATE_LIMITED", "SIGN_IN_RATE_LIMITED"]);
    // Léa's usual browser is not a stranger to her account.
    expect(await codeOf(signInStudent(headersFrom(address, note), { code: cls.joinCode, name: "Léa", password: cls.students[0]!.password }))).toBe("ok");
  });

  it("waits twice as long after each failure past the free ones, up to the longest wait", () => {
    expect(Array.from({ length: FREE }, (_, tries) => delayAfter(tries))).toEqual(Array<number>(FREE).fill(0));
    expect(delayAfter(FREE)).toBe(SIGN_INS.failures.firstDelayMs);
    expect(delayAfter(FREE + 1)).toBe(2 * SIGN_INS.failures.firstDelayMs);
    expect(delayAfter(FREE + 40)).toBe(SIGN_INS.failures.maxDelayMs);
  });
});

describe("joining a class", () => {
  const join = (address: string, code: string, name = `Élève ${randomInt(1e9)}`) =>
    codeOf(joinClassAndSignIn(headersFrom(address), null, { code, name, password: "tigre-nuage-pomme-vent" }));

  it("refuses an address that guesses codes, before any lookup, and counts names already taken too", async () => {
    const cls = await createClassWithStudents({ names: ["Léa"] });
    const address = testAddress();
    const outcomes: string[] = [];
    for (let index = 0; index < JOINS.misses.max - 1; index++) outcomes.push(await join(address, `ZZ${String(index).padStart(4, "Z")}`.slice(0, 6)));
    outcomes.push(await join(address, cls.joinCode, "Léa"));
    expect(new Set(outcomes)).toEqual(new Set(["JOIN_CODE_UNKNOWN", "NAME_TAKEN"]));
    expect(await join(address, cls.joinCode)).toBe("JOIN_RATE_LIMITED");
    // Elsewhere, the class is open as before.
    expect(await join(testAddress(), cls.joinCode)).toBe("ok");
  });

  it("makes no accounts past the class's allowance, and none for a join refused", { timeout: 180_000 }, async () => {
    const cls = await createClassWithStudents({ names: [] });
    const outcomes: string[] = [];
    // Through several addresses, as a script would, so that the class's own allowance is what stops
    // it; joinClass alone (the sign-in after it is the same for every join).
    for (let index = 0; index < JOINS.perClass.max + 3; index++) {
      outcomes.push(await codeOf(joinClass(null, { code: cls.joinCode, name: `Élève ${index}`, password: "tigre-nuage-pomme-vent" }, testAddress())));
    }
    expect(outcomes.filter((code) => code === "ok")).toHaveLength(JOINS.perClass.max);
    expect(outcomes.slice(JOINS.perClass.max)).toEqual(["JOIN_RATE_LIMITED", "JOIN_RATE_LIMITED", "JOIN_RATE_LIMITED"]);
    expect(await db().enrolment.count({ where: { classId: cls.classId } })).toBe(JOINS.perClass.max);
  });

  it("counts an address's new accounts across classes", async () => {
    const address = testAddress();
    // The address's allowance, used up (as joins to other classes would).
    for (let index = 0; index < JOINS.perAddress.max; index++) await countEvent(throttleKey("join-address", address), JOINS.perAddress);
    const cls = await createClassWithStudents({ names: [] });
    expect(await join(address, cls.joinCode)).toBe("JOIN_RATE_LIMITED");
    expect(await db().enrolment.count({ where: { classId: cls.classId } })).toBe(0);
  });
});

describe("signing up", () => {
  it("answers a taken address as it answers a wrong password, and never names it taken", async () => {
    const teacher = await createTeacher();
    const outcome = await codeOf(signUpTeacher(headersFrom(testAddress()), { name: "Quelqu'un", email: teacher.email, password: "un-autre-mot-de-passe" }));
    expect(outcome).toBe("SIGN_UP_NOT_SIGNED_IN");
    expect(await db().user.count({ where: { email: teacher.email } })).toBe(1);
    const fresh = `new-${randomInt(1e9)}@example.org`;
    expect(await codeOf(signUpTeacher(headersFrom(testAddress()), { name: "Mme Neuve", email: fresh, password: "un-mot-de-passe-neuf" }))).toBe("ok");
    expect(await db().user.findUniqueOrThrow({ where: { email: fresh } })).toMatchObject({ role: "TEACHER" });
  });
});

describe("the counters", () => {
  it("allow exactly the limit when many requests arrive at once", async () => {
    const key = throttleKey("test", String(randomInt(1e9)));
    const verdicts = await Promise.all(Array.from({ length: 25 }, () => countEvent(key, { windowMs: 60_000, max: 7 })));
    expect(verdicts.filter((verdict) => verdict.allowed)).toHaveLength(7);
    expect(verdicts.map((verdict) => verdict.retryAfterSeconds).filter((seconds) => seconds < 1 || seconds > 60)).toEqual([]);
  });

  it("keep no address, name or e-mail in clear", async () => {
    const teacher = await createTeacher();
    const address = testAddress();
    await codeOf(signInTeacher(headersFrom(address), teacher.email, "pas-le-bon-1"));
    const keys = (await db().throttle.findMany({ select: { key: true } })).map((row) => row.key).join("\n");
    expect(keys).not.toContain(address);
    expect(keys).not.toContain(teacher.email);
  });
});

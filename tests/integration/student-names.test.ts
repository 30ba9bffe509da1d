import { describe, expect, it } from "vitest";
import { joinClass } from "@/lib/classes/join";
import { addStudents } from "@/lib/classes/students";
import { db } from "@/lib/db";
import { createClassWithStudents, testAddress } from "../support/factories";
import { codeOf } from "../support/errors";

/**
 * Issue 22: a name that looks like a classmate's got in. "L\u0435a" with a Cyrillic е was another
 * name than "Léa" for the app and the same to the eye in the roster, the grid and the CSV; a
 * right-to-left override made "\u202Eaél" read "léa"; invisible characters were kept in the name
 * shown. Format characters are now taken out of every name, a name mixing alphabets is refused,
 * and one that differs from a classmate's only by letters that look alike (UTS #39) is refused too,
 * both when a student joins and in the teacher's pasted roster.
 */

const PASSWORD = "girafe-piano-nuage-sel";
/** The names the class shows, sorted (a roster's students are created in one statement). */
const namesOf = async (classId: string) => (await db().enrolment.findMany({ where: { classId }, select: { name: true } })).map((row) => row.name).sort();

describe("joining a class", () => {
  it.each([
    { name: "an invisible zero-width space", typed: "Léa\u200B", code: "NAME_TAKEN" },
    { name: "a soft hyphen inside", typed: "L\u00ADéa", code: "NAME_TAKEN" },
    { name: "a Cyrillic е among Latin letters", typed: "L\u0435a", code: "NAME_MIXED_SCRIPTS" },
    { name: "a Latin alpha", typed: "L\u00E9\u0251", code: "NAME_LOOKALIKE" },
    { name: "Noa in Greek letters", typed: "\u039D\u03BF\u03B1", code: "NAME_LOOKALIKE" },
  ])("refuses a name that passes for a classmate's: $name ($code), and creates nothing", async ({ typed, code }) => {
    const cls = await createClassWithStudents({ names: ["Léa", "Noa"] });
    const users = await db().user.count();
    expect(await codeOf(joinClass(null, { code: cls.joinCode, name: typed, password: PASSWORD }, testAddress()))).toBe(code);
    expect(await db().user.count()).toBe(users);
  });

  it("keeps no format character in the name it stores, so a right-to-left override cannot turn 'aél' into 'léa'", async () => {
    const cls = await createClassWithStudents({ names: ["Léa"] });
    expect(await codeOf(joinClass(null, { code: cls.joinCode, name: "\u202Ea\u00E9l", password: PASSWORD }, testAddress()))).toBe("ok");
    expect(await codeOf(joinClass(null, { code: cls.joinCode, name: "Tom\u2060\uFEFF", password: PASSWORD }, testAddress()))).toBe("ok");
    expect(await namesOf(cls.classId)).toEqual(["Léa", "Tom", "aél"].sort());
  });

  it.each(["Лена", "Ζωή", "علي", "Jean-Marc", "N'Golo", "N’Golo", "Zoé", "Łukasz", "山田はな", "Léa 2"])("accepts %j", async (name) => {
    const cls = await createClassWithStudents({ names: ["Léa", "Noa"] });
    expect(await codeOf(joinClass(null, { code: cls.joinCode, name, password: PASSWORD }, testAddress()))).toBe("ok");
  });
});

describe("the teacher's pasted roster", () => {
  it("names each line that would pass for a classmate's, or for another line, and why; creates the others on request", async () => {
    const cls = await createClassWithStudents({ names: ["Léa", "Noa"] });
    const text = ["Inès", "Le\u0301a\u200B", "L\u0435a", "\u039D\u03BF\u03B1", "Tom", "T\u03BFm"].join("\n");
    const checked = await addStudents(cls.teacher, cls.classId, text, "fr");
    expect(checked.students).toEqual([]);
    expect(checked.problems).toEqual([
      { kind: "inClass", line: 2, name: "Léa", existing: "Léa" },
      { kind: "invalid", line: 3, name: "L\u0435a", fault: "mixedScripts" },
      { kind: "lookalike", line: 4, name: "\u039D\u03BF\u03B1", existing: "Noa" },
      { kind: "invalid", line: 6, name: "T\u03BFm", fault: "mixedScripts" },
    ]);
    const created = await addStudents(cls.teacher, cls.classId, text, "fr", { createValid: true });
    expect(created.students.map((student) => student.name)).toEqual(["Inès", "Tom"]);
    expect(await namesOf(cls.classId)).toEqual(["Inès", "Léa", "Noa", "Tom"].sort());
  });

  it("takes format characters out of the names it creates", async () => {
    const cls = await createClassWithStudents({ names: [] });
    const { students } = await addStudents(cls.teacher, cls.classId, "\u202EInès\u202C\nHu\u200Dgo", "fr");
    expect(students.map((student) => student.name)).toEqual(["Inès", "Hugo"]);
  });
});

import { describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { acceptsNewStudents, classesOwnedBy, classesOwnedBySql, enrolmentsOf, enrolmentsOfSql, isTeacher, mayJoinClasses, NOTHING } from "@/lib/classes/policy";

const teacher: Viewer = { id: "t1", role: "TEACHER", isGuest: false };
const otherTeacher: Viewer = { id: "t2", role: "TEACHER", isGuest: false };
const student: Viewer = { id: "s1", role: "LEARNER", isGuest: false };
const guest: Viewer = { id: "g1", role: "LEARNER", isGuest: true };
/** A guest cookie can never carry the teacher role; if it did, it would still not count. */
const forgedGuestTeacher: Viewer = { id: "t1", role: "TEACHER", isGuest: true };

describe("class policy", () => {
  it("builds where-clauses that match nothing for anyone but a teacher", () => {
    expect(classesOwnedBy(teacher)).toEqual({ teacherId: "t1" });
    expect(classesOwnedBy(otherTeacher)).toEqual({ teacherId: "t2" });
    for (const viewer of [student, { ...student, id: "t1" }, guest, forgedGuestTeacher, null]) expect(classesOwnedBy(viewer)).toEqual(NOTHING);
  });

  it("builds SQL scopes of one text for every viewer (one prepared statement), with no id to match for anyone but a teacher", () => {
    const viewers = [teacher, otherTeacher, student, guest, forgedGuestTeacher, null];
    const scopes = viewers.map((viewer) => classesOwnedBySql(viewer));
    expect(new Set(scopes.map((scope) => scope.text))).toEqual(new Set(['c."teacherId" = $1']));
    expect(scopes.map((scope) => scope.values)).toEqual([["t1"], ["t2"], [null], [null], [null], [null]]);
    expect(classesOwnedBySql(teacher, "k").text).toBe('k."teacherId" = $1');
  });

  it("scopes enrolments to the viewer as a student, nobody for a guest", () => {
    expect(enrolmentsOf(student)).toEqual({ userId: "s1" });
    expect([guest, null].map(enrolmentsOf)).toEqual([NOTHING, NOTHING]);
    expect([student, guest, null].map((viewer) => enrolmentsOfSql(viewer))).toEqual([
      expect.objectContaining({ text: 'en."userId" = $1', values: ["s1"] }),
      expect.objectContaining({ text: 'en."userId" = $1', values: [null] }),
      expect.objectContaining({ text: 'en."userId" = $1', values: [null] }),
    ]);
  });

  it("knows teachers, who do not join classes", () => {
    expect([teacher, student, guest, null].map(isTeacher)).toEqual([true, false, false, false]);
    expect([teacher, student, guest, null].map(mayJoinClasses)).toEqual([false, true, true, true]);
  });

  it.each([
    { joiningOpen: true, archivedAt: null, expected: true },
    { joiningOpen: false, archivedAt: null, expected: false },
    { joiningOpen: true, archivedAt: new Date(), expected: false },
  ])("takes new students when joining is on and the class is not archived ($joiningOpen, $archivedAt)", ({ expected, ...cls }) => {
    expect(acceptsNewStudents(cls)).toBe(expected);
  });
});

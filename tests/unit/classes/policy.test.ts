import { describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { acceptsNewStudents, classesOwnedBy, isTeacher, mayJoinClasses, NOTHING } from "@/lib/classes/policy";

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

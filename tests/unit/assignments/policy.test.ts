import { describe, expect, it } from "vitest";
import {
  assignmentOpenSql,
  assignmentsGivenTo,
  assignmentsOwnedBy,
  assignmentStatus,
  attemptVisibility,
  copyableAssignmentsOf,
  feedbackSeen,
  isAssignmentOpen,
  mayCopyAssignments,
  ownClassForCopy,
  resultsVisibility,
  selfStudyHold,
  withholdsCommentary,
} from "@/lib/assignments/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { NOTHING } from "@/lib/classes/policy";

const teacher: Viewer = { id: "t1", role: "TEACHER", isGuest: false };
const student: Viewer = { id: "s1", role: "LEARNER", isGuest: false };
const guest: Viewer = { id: "g1", role: "LEARNER", isGuest: true };

describe("assignment policy", () => {
  it("scopes assignments to the teacher's classes, or to the student's", () => {
    expect(assignmentsOwnedBy(teacher)).toEqual({ class: { teacherId: "t1" } });
    expect(assignmentsOwnedBy(student)).toEqual({ class: NOTHING });
    // Of the student's classes, and for them: the whole class, one of their groups, or them by name.
    const audience = (enrolment: object) => [
      { audience: "CLASS" },
      { audience: "GROUPS", groups: { some: { group: { members: { some: { enrolment } } } } } },
      { audience: "STUDENTS", students: { some: { enrolment } } },
    ];
    expect(assignmentsGivenTo(student)).toEqual({ class: { enrolments: { some: { userId: "s1" } } }, OR: audience({ userId: "s1" }) });
    expect(assignmentsGivenTo(guest)).toEqual({ class: { enrolments: { some: NOTHING } }, OR: audience(NOTHING) });
    expect(assignmentsGivenTo(null)).toEqual({ class: { enrolments: { some: NOTHING } }, OR: audience(NOTHING) });
  });

  it("lets a teacher copy assignments only between classes of their own, into one not archived (archived sources are fine)", () => {
    const own = { teacherId: "t1", archivedAt: null };
    const archived = { teacherId: "t1", archivedAt: new Date() };
    const colleague = { teacherId: "t2", archivedAt: null };
    expect(mayCopyAssignments(teacher, own, own)).toBe(true);
    expect(mayCopyAssignments(teacher, archived, own)).toBe(true);
    expect(mayCopyAssignments(teacher, own, archived)).toBe(false);
    expect(mayCopyAssignments(teacher, colleague, own)).toBe(false);
    expect(mayCopyAssignments(teacher, own, colleague)).toBe(false);
    for (const someone of [student, guest, { ...teacher, isGuest: true }, null]) expect(mayCopyAssignments(someone, own, own)).toBe(false);
    expect(copyableAssignmentsOf(teacher, "c1")).toEqual({ classId: "c1", class: { teacherId: "t1" } });
    expect(copyableAssignmentsOf(student, "c1")).toEqual({ classId: "c1", class: NOTHING });
    expect(ownClassForCopy(teacher, "c1")).toEqual({ id: "c1", teacherId: "t1" });
    // Spread last, NOTHING's id matches no class at all.
    expect(ownClassForCopy(guest, "c1")).toEqual(NOTHING);
  });

  it.each([
    { closedAt: null, classArchivedAt: null, expected: true },
    { closedAt: new Date(), classArchivedAt: null, expected: false },
    { closedAt: null, classArchivedAt: "2026-12-01T00:00:00.000Z", expected: false },
  ])("is open only when neither closed nor archived (%#)", ({ expected, ...assignment }) => {
    expect(isAssignmentOpen(assignment)).toBe(expected);
  });

  it("states the same rule in SQL, on an assignment asg and its class c", () => {
    expect(assignmentOpenSql().text).toBe('(asg."closedAt" IS NULL AND c."archivedAt" IS NULL)');
  });

  it.each([
    { policy: "AFTER_SUBMIT", releasedAt: null, expected: "commentary" },
    { policy: "AFTER_RELEASE", releasedAt: null, expected: "waiting" },
    { policy: "AFTER_RELEASE", releasedAt: new Date(), expected: "commentary" },
    { policy: "NEVER", releasedAt: null, expected: "handedIn" },
    { policy: "NEVER", releasedAt: new Date(), expected: "handedIn" },
  ] as const)("after submitting under $policy (released: $releasedAt) shows $expected", ({ policy, releasedAt, expected }) => {
    expect(resultsVisibility(policy, releasedAt)).toBe(expected);
  });

  it.each([
    { revealPolicy: "AFTER_SUBMIT", releasedAt: null, expected: false },
    { revealPolicy: "AFTER_RELEASE", releasedAt: null, expected: true },
    { revealPolicy: "AFTER_RELEASE", releasedAt: "2026-12-01T00:00:00.000Z", expected: false },
    { revealPolicy: "NEVER", releasedAt: new Date(), expected: true },
  ] as const)("$revealPolicy (released: $releasedAt) holds the commentary back: $expected", ({ expected, ...assignment }) => {
    expect(withholdsCommentary(assignment)).toBe(expected);
  });

  // Issue 22: a self-study attempt showed the commentary an assignment of the learner's class held back.
  it("holds self-study back by the strictest assignment of the same exercise that withholds the commentary", () => {
    const shown = { revealPolicy: "AFTER_SUBMIT", releasedAt: null, name: "shown" } as const;
    const released = { revealPolicy: "AFTER_RELEASE", releasedAt: new Date(), name: "released" } as const;
    const waiting = { revealPolicy: "AFTER_RELEASE", releasedAt: null, name: "waiting" } as const;
    const never = { revealPolicy: "NEVER", releasedAt: null, name: "never" } as const;
    expect(selfStudyHold([])).toBeNull();
    expect(selfStudyHold([shown, released])).toBeNull();
    expect(selfStudyHold([shown, waiting])).toBe(waiting);
    expect(selfStudyHold([waiting, never, released])).toBe(never);
  });

  it.each([
    { name: "self-study, nothing held back", assignment: null, hold: null, expected: "commentary" },
    { name: "self-study, held until released", assignment: null, hold: { revealPolicy: "AFTER_RELEASE" }, expected: "waiting" },
    { name: "self-study, never shown", assignment: null, hold: { revealPolicy: "NEVER" }, expected: "handedIn" },
    {
      name: "the assignment's own attempt",
      assignment: { revealPolicy: "AFTER_RELEASE", releasedAt: new Date() },
      hold: { revealPolicy: "NEVER" },
      expected: "commentary",
    },
  ] as const)("a submitted attempt shows $expected: $name", ({ assignment, hold, expected }) => {
    expect(attemptVisibility({ assignment }, hold)).toBe(expected);
  });

  it.each([
    { attemptStatus: null, revealPolicy: "AFTER_SUBMIT", releasedAt: null, feedbackReleased: false, expected: "notStarted" },
    { attemptStatus: "IN_PROGRESS", revealPolicy: "AFTER_SUBMIT", releasedAt: null, feedbackReleased: false, expected: "inProgress" },
    { attemptStatus: "SUBMITTED", revealPolicy: "AFTER_SUBMIT", releasedAt: null, feedbackReleased: false, expected: "submitted" },
    { attemptStatus: "SUBMITTED", revealPolicy: "AFTER_RELEASE", releasedAt: null, feedbackReleased: false, expected: "submitted" },
    { attemptStatus: "SUBMITTED", revealPolicy: "AFTER_RELEASE", releasedAt: "2026-12-05T10:00:00.000Z", feedbackReleased: false, expected: "returned" },
    { attemptStatus: "SUBMITTED", revealPolicy: "NEVER", releasedAt: "2026-12-05T10:00:00.000Z", feedbackReleased: false, expected: "submitted" },
    // Issue: comments published for one student read "Corrigé disponible" while the commentary was still withheld.
    { attemptStatus: "SUBMITTED", revealPolicy: "NEVER", releasedAt: null, feedbackReleased: true, expected: "commented" },
    { attemptStatus: "SUBMITTED", revealPolicy: "AFTER_RELEASE", releasedAt: null, feedbackReleased: true, expected: "commented" },
    { attemptStatus: "SUBMITTED", revealPolicy: "AFTER_RELEASE", releasedAt: "2026-12-05T10:00:00.000Z", feedbackReleased: true, expected: "returned" },
    { attemptStatus: "IN_PROGRESS", revealPolicy: "AFTER_SUBMIT", releasedAt: null, feedbackReleased: true, returnedForRevision: true, expected: "revising" },
  ] as const)("status $expected (%#)", ({ expected, ...input }) => {
    expect(assignmentStatus(input)).toBe(expected);
  });

  it.each([
    { feedback: null, expected: "none" },
    { feedback: { releasedAt: null, status: "DRAFT" }, expected: "none" },
    { feedback: { releasedAt: "2026-12-05T10:00:00.000Z", status: "RELEASED" }, expected: "current" },
    // Issue: a comment edited after publication was exported as released while the student saw the old one.
    { feedback: { releasedAt: "2026-12-05T10:00:00.000Z", status: "DRAFT" }, expected: "earlier" },
  ] as const)("a student sees $expected of feedback (%#)", ({ feedback, expected }) => {
    expect(feedbackSeen(feedback)).toBe(expected);
  });
});

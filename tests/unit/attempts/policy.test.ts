import { describe, expect, it } from "vitest";
import { contextOf, scopeOf, SELF_STUDY } from "@/lib/attempts/context";
import { canWriteAttempt, ownAttempts, ownsAttempt } from "@/lib/attempts/policy";
import type { Viewer } from "@/lib/auth/viewer";

const learner: Viewer = { id: "u1", role: "LEARNER", isGuest: false };
const other: Viewer = { id: "u2", role: "LEARNER", isGuest: true };

describe("attempt policy", () => {
  it.each([
    { name: "own, in progress, self-study", viewer: learner, status: "IN_PROGRESS", open: null, expected: true },
    { name: "own, in progress, open assignment", viewer: learner, status: "IN_PROGRESS", open: true, expected: true },
    { name: "own, in progress, closed assignment", viewer: learner, status: "IN_PROGRESS", open: false, expected: false },
    { name: "own, submitted", viewer: learner, status: "SUBMITTED", open: null, expected: false },
    { name: "someone else's", viewer: other, status: "IN_PROGRESS", open: null, expected: false },
  ] as const)("may write: $name → $expected", ({ viewer, status, open, expected }) => {
    expect(canWriteAttempt(viewer, { userId: "u1", status }, open)).toBe(expected);
  });

  it("owns only its own attempts, and scopes queries to them", () => {
    expect(ownsAttempt(learner, { userId: "u1" })).toBe(true);
    expect(ownsAttempt(other, { userId: "u1" })).toBe(false);
    expect(ownAttempts(other)).toEqual({ userId: "u2" });
  });

  it("maps a context to its scope", () => {
    expect(scopeOf(SELF_STUDY)).toBe("self");
    expect(scopeOf(contextOf("asg1"))).toBe("asg1");
    expect(contextOf(undefined)).toEqual(SELF_STUDY);
    expect(contextOf("")).toEqual(SELF_STUDY);
  });
});

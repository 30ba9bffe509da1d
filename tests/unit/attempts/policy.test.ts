import { describe, expect, it } from "vitest";
import { contextOf, scopeOf, SELF_STUDY } from "@/lib/attempts/context";
import { ownAttempts } from "@/lib/attempts/policy";
import type { Viewer } from "@/lib/auth/viewer";

const learner: Viewer = { id: "u1", role: "LEARNER", isGuest: false };
const other: Viewer = { id: "u2", role: "LEARNER", isGuest: true };

describe("attempt policy", () => {
  it("scopes queries to the viewer's own attempts", () => {
    expect(ownAttempts(learner)).toEqual({ userId: "u1" });
    expect(ownAttempts(other)).toEqual({ userId: "u2" });
  });

  it("maps a context to its scope", () => {
    expect(scopeOf(SELF_STUDY)).toBe("self");
    expect(scopeOf(contextOf("asg1"))).toBe("asg1");
    expect(contextOf(undefined)).toEqual(SELF_STUDY);
    expect(contextOf("")).toEqual(SELF_STUDY);
  });
});

import { describe, expect, it } from "vitest";
import { holderOf, sessionEnd, sessionIsLive } from "@/lib/auth/session-policy";
import { SESSIONS } from "@/lib/config";

describe("how long a session lasts, by who holds it", () => {
  const now = new Date("2026-12-07T10:00:00.000Z");

  it("knows a guest, a student and a teacher", () => {
    expect(holderOf({ isAnonymous: true, role: "LEARNER" })).toBe("guest");
    expect(holderOf({ isAnonymous: false, role: "LEARNER" })).toBe("student");
    expect(holderOf({ isAnonymous: false, role: "TEACHER" })).toBe("teacher");
  });

  it("ends a teacher's a week after sign-in, a student's a month, a guest's a year", () => {
    expect(sessionEnd("teacher", now).toISOString()).toBe("2026-12-14T10:00:00.000Z");
    expect(sessionEnd("student", now).toISOString()).toBe("2027-01-06T10:00:00.000Z");
    expect(sessionEnd("guest", now).toISOString()).toBe("2027-12-07T10:00:00.000Z");
  });

  it("ends a teacher's after 12 hours idle, not a student's", () => {
    const expiresAt = new Date(now.getTime() + 86_400_000);
    const idle = new Date(now.getTime() - SESSIONS.teacher.idleMs - 1);
    expect(sessionIsLive({ holder: "teacher", expiresAt, lastSeenAt: idle }, now)).toBe(false);
    expect(sessionIsLive({ holder: "teacher", expiresAt, lastSeenAt: new Date(now.getTime() - 3_600_000) }, now)).toBe(true);
    expect(sessionIsLive({ holder: "student", expiresAt, lastSeenAt: idle }, now)).toBe(true);
    expect(sessionIsLive({ holder: "student", expiresAt: now, lastSeenAt: now }, now)).toBe(false);
  });
});

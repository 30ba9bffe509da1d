import { describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { mayDeleteOwnAccount, mayEraseGuestWork } from "@/lib/erasure/policy";

/** Who deletes what of their own: a teacher their account, a guest their work; a student neither (their work is their class's). */
const viewers: Record<string, Viewer | null> = {
  teacher: { id: "t", role: "TEACHER", isGuest: false },
  student: { id: "s", role: "LEARNER", isGuest: false },
  guest: { id: "g", role: "LEARNER", isGuest: true },
  nobody: null,
};

describe("deleting one's own data", () => {
  it.each([
    ["teacher", true, false],
    ["student", false, false],
    ["guest", false, true],
    ["nobody", false, false],
  ] as const)("%s: account %s, guest work %s", (who, account, work) => {
    expect(mayDeleteOwnAccount(viewers[who])).toBe(account);
    expect(mayEraseGuestWork(viewers[who])).toBe(work);
  });
});

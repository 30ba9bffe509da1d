import { describe, expect, it } from "vitest";
import { pseudonymNumbers } from "@/lib/review/pseudonyms";

/** Issue: projection and blind review numbered students by their rank in the roll call, and the CSV by arrival. */
describe("a student's number in an assignment", () => {
  const roster = Array.from({ length: 35 }, (_, index) => ({
    id: `enrolment-${String(index).padStart(2, "0")}`,
    joinedAt: new Date(Date.UTC(2026, 8, 1, 8, index)).toISOString(),
  }));

  it("is the same every time, and different for every student", () => {
    const numbers = pseudonymNumbers("assignment-1", roster);
    expect(pseudonymNumbers("assignment-1", [...roster].reverse())).toEqual(numbers);
    expect(new Set(numbers.values()).size).toBe(35);
  });

  it("follows neither the roll call nor the order of arrival", () => {
    const numbers = roster.map((student) => pseudonymNumbers("assignment-1", roster).get(student.id)!);
    expect(numbers).not.toEqual([...numbers].sort((a, b) => a - b));
    expect(numbers.slice(0, 5)).not.toEqual([1, 2, 3, 4, 5]);
  });

  it("differs from one assignment to the next", () => {
    const a = pseudonymNumbers("assignment-1", roster);
    const b = pseudonymNumbers("assignment-2", roster);
    expect(roster.filter((student) => a.get(student.id) === b.get(student.id)).length).toBeLessThan(5);
  });

  it("does not change when a student joins later", () => {
    const before = pseudonymNumbers("assignment-1", roster);
    const after = pseudonymNumbers("assignment-1", [...roster, { id: "latecomer", joinedAt: "2026-10-01T08:00:00.000Z" }]);
    for (const student of roster) expect(after.get(student.id)).toBe(before.get(student.id));
    expect(after.get("latecomer")).not.toBe(36);
  });

  it("goes past 99 for a very large class, still one number each", () => {
    const large = Array.from({ length: 150 }, (_, index) => ({ id: `e${index}`, joinedAt: new Date(index * 1000).toISOString() }));
    const numbers = pseudonymNumbers("assignment-1", large);
    expect(new Set(numbers.values()).size).toBe(150);
    expect(Math.max(...numbers.values())).toBe(150);
  });
});

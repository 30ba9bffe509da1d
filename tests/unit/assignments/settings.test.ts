import { describe, expect, it } from "vitest";
import { COPIED_SETTINGS, copiedSettings, NOT_COPIED } from "@/lib/assignments/settings";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * What a copy of an assignment takes (lib/assignments/settings.ts): every column of Assignment is
 * either a setting the copy takes or named, with why, among those it does not. A column added to
 * the schema fails here until it is put on one side: one line in either list.
 */
describe("an assignment's copied settings", () => {
  const columns = Object.values(Prisma.AssignmentScalarFieldEnum).sort();

  it("cover every column of Assignment, each on one side only", () => {
    const copied = Object.keys(COPIED_SETTINGS);
    const notCopied = Object.keys(NOT_COPIED);
    expect([...copied, ...notCopied].sort()).toEqual(columns);
    expect(copied.filter((column) => notCopied.includes(column))).toEqual([]);
  });

  it("are the exercise, the questions it asks and the reveal policy, and nothing of the assignment's life in its class", () => {
    expect(Object.keys(COPIED_SETTINGS).sort()).toEqual(["exerciseId", "questionKeys", "revealPolicy"]);
    for (const life of ["dueAt", "closedAt", "releasedAt", "classId", "id"]) expect(Object.keys(COPIED_SETTINGS)).not.toContain(life);
  });

  it("are read off a row as they are, whatever else the row holds", () => {
    const row = {
      id: "a1",
      classId: "c1",
      exerciseId: "e1",
      revealPolicy: "NEVER" as const,
      questionKeys: ["q1", "q2"],
      dueAt: new Date(),
      closedAt: new Date(),
    };
    expect(copiedSettings(row)).toEqual({ exerciseId: "e1", revealPolicy: "NEVER", questionKeys: ["q1", "q2"] });
  });
});

import { describe, expect, it } from "vitest";
import { audienceOf, createAssignmentsSchema, updateAssignmentSchema } from "@/lib/assignments/schemas";

/**
 * Whom an assignment is for, as the new and edit forms send it (lib/assignments/schemas.ts): the
 * whole class unless said otherwise; groups or students chosen with none ticked is refused by the
 * list at fault; the students' own due days come as two lists in step, the empty ones dropped.
 */
const created = { classId: "c1", locale: "fr", exercises: ["article:a"], dueOn: "", revealPolicy: "AFTER_SUBMIT" };
const updated = { classId: "c1", assignmentId: "a1", locale: "en", exercise: "article:a", dueOn: "", revealPolicy: "NEVER" };

describe("an assignment's audience in its forms", () => {
  it("is the whole class when the form says nothing of it", () => {
    const input = createAssignmentsSchema.parse(created);
    expect(audienceOf(input)).toEqual({ audience: "CLASS", groupIds: [], enrolmentIds: [], dueDates: {} });
  });

  it("needs a group ticked for groups, a student ticked for chosen students", () => {
    for (const [schema, form] of [
      [createAssignmentsSchema, created],
      [updateAssignmentSchema, updated],
    ] as const) {
      const groups = schema.safeParse({ ...form, audience: "GROUPS", groupIds: [], enrolmentIds: ["e1"] });
      expect(groups.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([[["groupIds"], "GROUPS_REQUIRED"]]);
      const students = schema.safeParse({ ...form, audience: "STUDENTS", groupIds: ["g1"], enrolmentIds: [] });
      expect(students.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([[["enrolmentIds"], "STUDENTS_REQUIRED"]]);
      expect(schema.safeParse({ ...form, audience: "EVERYONE" }).success).toBe(false);
    }
  });

  it("gives the due days typed, by student, and drops the empty ones", () => {
    const input = updateAssignmentSchema.parse({
      ...updated,
      audience: "GROUPS",
      groupIds: ["g1"],
      dueFor: ["e1", "e2", "e3"],
      dueOnFor: ["", "2027-02-01", ""],
    });
    expect(audienceOf(input)).toEqual({ audience: "GROUPS", groupIds: ["g1"], enrolmentIds: [], dueDates: { e2: "2027-02-01" } });
  });

  it("refuses a day typed halfway, and lists out of step", () => {
    const half = createAssignmentsSchema.safeParse({ ...created, dueFor: ["e1"], dueOnFor: ["2027-02"] });
    expect(half.error?.issues[0]?.message).toBe("DUE_DATE_INVALID");
    const apart = createAssignmentsSchema.safeParse({ ...created, dueFor: ["e1", "e2"], dueOnFor: ["2027-02-01"] });
    expect(apart.error?.issues.map((issue) => issue.path)).toEqual([["dueOnFor"]]);
  });
});

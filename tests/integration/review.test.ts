import { beforeAll, describe, expect, it } from "vitest";
import { getAssignmentProgress } from "@/lib/reviews/queries";
import { cellState } from "@/lib/reviews/policy";
import { createTeacher } from "../support/factories";
import { seedReviewClass, type ReviewClass } from "../support/review-factories";
import { recordStatements } from "../support/sql-statements";

/** The teacher's review screens against real PostgreSQL: one statement each for a 35 × 12 class, scoped to the class's teacher. */

let big: ReviewClass;

beforeAll(async () => {
  big = await seedReviewClass({ size: 35, answered: 12 });
}, 60_000);

describe("progress grid", () => {
  it("reads 35 students × 12 answered questions in one statement", async () => {
    const { result, statements } = await recordStatements(() => getAssignmentProgress(big.teacher, big.classId, big.assignmentId));
    expect(statements).toHaveLength(1);
    const grid = result!.grid;
    expect(grid.students).toHaveLength(35);
    expect(grid.questions.map((question) => question.key)).toEqual(big.questions.map((question) => question.key));
    expect(grid.counts).toMatchObject({ students: 35, started: 35, submitted: 0 });
    expect(grid.counts.answered[big.questions[0]!.key]).toBe(35);
    expect(grid.counts.answered[big.questions[12]!.key]).toBe(0);
    const first = grid.students[0]!;
    expect(cellState(first, big.questions[0]!.key)).toBe("answered");
    expect(cellState(first, big.questions[12]!.key)).toBe("inProgress");
  });

  it("shows a student who has not started, and nothing to another teacher or a wrong class", async () => {
    const small = await seedReviewClass({ size: 2, answered: 0 });
    const grid = (await getAssignmentProgress(small.teacher, small.classId, small.assignmentId))!.grid;
    expect(grid.counts).toMatchObject({ students: 2, started: 2 });
    expect(await getAssignmentProgress(await createTeacher(), small.classId, small.assignmentId)).toBeNull();
    expect(await getAssignmentProgress(small.teacher, big.classId, small.assignmentId)).toBeNull();
    expect(await getAssignmentProgress(small.students[0]!, small.classId, small.assignmentId)).toBeNull();
  });
});

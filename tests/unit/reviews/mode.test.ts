import { describe, expect, it } from "vitest";
import { reviewModeOf } from "@/lib/review/mode";
import { answersToReview, firstStudentWithWork, inReviewOrder, neighboursOf } from "@/lib/review/order";
import type { ReviewAnswer, RosterEntry } from "@/lib/review/types";

describe("reviewModeOf", () => {
  it("reads projection, blind and the answer shown from the address", () => {
    expect(reviewModeOf({ mode: "projection", blind: "1", i: "3" })).toEqual({ projection: true, blind: true, position: 3, show: "all" });
  });

  it("falls back to the ordinary view at the first answer on anything else", () => {
    expect(reviewModeOf({})).toEqual({ projection: false, blind: false, position: 1, show: "all" });
    expect(reviewModeOf({ mode: ["x", "projection"], blind: "yes", i: "-2" })).toEqual({ projection: false, blind: false, position: 1, show: "all" });
    expect(reviewModeOf({ i: "abc" }).position).toBe(1);
  });
});

describe("the order of students on the review screens", () => {
  const entry = (enrolmentId: string, number: number, attempt: RosterEntry["attempt"]): RosterEntry => ({
    enrolmentId,
    name: enrolmentId,
    joinedAt: "",
    number,
    attempt,
  });
  const roster = [entry("ana", 41, null), entry("ben", 7, "SUBMITTED"), entry("cleo", 63, "IN_PROGRESS"), entry("dan", 12, null)];

  it("is the roll call with names, the students' numbers without", () => {
    expect(inReviewOrder(roster, false).map((student) => student.enrolmentId)).toEqual(["ana", "ben", "cleo", "dan"]);
    expect(inReviewOrder(roster, true).map((student) => student.enrolmentId)).toEqual(["ben", "dan", "ana", "cleo"]);
    expect(neighboursOf(roster, "dan", true)).toEqual({ previous: "ben", next: "ana" });
    expect(neighboursOf(roster, "dan", false)).toEqual({ previous: "cleo", next: null });
  });

  it("opens 'by student' on the first student with work", () => {
    expect(firstStudentWithWork(roster, false)).toBe("ben");
    expect(
      firstStudentWithWork(
        roster.map((student) => ({ ...student, attempt: null })),
        true,
      ),
    ).toBe("ben");
  });

  it("lists answers first, then the others, and filters them", () => {
    const answer = (student: RosterEntry, text: string): ReviewAnswer => ({
      ...student,
      answerId: text ? `a-${student.enrolmentId}` : null,
      value: text ? { text } : null,
      savedAt: null,
      feedback: null,
    });
    const answers = [answer(roster[0]!, ""), answer(roster[1]!, "b"), answer(roster[2]!, "c"), answer(roster[3]!, "")];
    expect(answersToReview(answers, false, "all").map((a) => a.enrolmentId)).toEqual(["ben", "cleo", "ana", "dan"]);
    expect(answersToReview(answers, true, "all").map((a) => a.enrolmentId)).toEqual(["ben", "cleo", "dan", "ana"]);
    expect(answersToReview(answers, false, "answered").map((a) => a.enrolmentId)).toEqual(["ben", "cleo"]);
    expect(answersToReview(answers, false, "submitted").map((a) => a.enrolmentId)).toEqual(["ben"]);
  });

  it("reads the filter from the address", () => {
    expect(reviewModeOf({ show: "answered" }).show).toBe("answered");
    expect(reviewModeOf({ show: "nonsense" }).show).toBe("all");
  });
});

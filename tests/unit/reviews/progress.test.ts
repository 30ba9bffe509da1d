import { describe, expect, it } from "vitest";
import { cellState, progressCounts } from "@/lib/review/progress";
import type { ProgressStudent } from "@/lib/review/types";

const student = (attempt: ProgressStudent["attempt"], answered: string[] = []): ProgressStudent => ({
  enrolmentId: "e",
  name: "Léa",
  attempt,
  returned: false,
  answered,
  feedback: {},
});

describe("review progress", () => {
  it("gives each cell its state", () => {
    expect(cellState(student(null), "q1")).toBe("notStarted");
    expect(cellState(student("IN_PROGRESS"), "q1")).toBe("inProgress");
    expect(cellState(student("IN_PROGRESS", ["q1"]), "q1")).toBe("answered");
    expect(cellState(student("SUBMITTED"), "q1")).toBe("submitted");
  });

  it("counts started, submitted and answers per question", () => {
    const counts = progressCounts(
      [
        { key: "q1", type: "OPEN" },
        { key: "q2", type: "OPEN" },
      ],
      [student(null), student("IN_PROGRESS", ["q1"]), student("SUBMITTED", ["q1", "q2"])],
    );
    expect(counts).toEqual({ students: 3, started: 2, submitted: 1, answered: { q1: 2, q2: 1 } });
  });
});

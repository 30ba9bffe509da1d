import { describe, expect, it } from "vitest";
import {
  binOf,
  brierScore,
  calibrationBins,
  calibrationReport,
  classConfidentErrors,
  classSummary,
  confidentErrors,
  type Estimate,
} from "@/lib/scoring/calibration";

const estimate = (claim: string, before: number | null, after: number | null, outcome: 0 | 1 | null): Estimate => ({ claim, before, after, outcome });

// Worked by hand:
//   a: said 80 → 100, supported (1)     before (0.8−1)² = 0.04   after 0
//   b: said 80 → 20, not supported (0)  before 0.64              after 0.04
//   c: said 30 → 0,  not supported (0)  before 0.09              after 0
//   d: said 90 → –,  not supported (0)  before 0.81              (no after)
//   e: said 70 → 70, not scored (null)  left out
//   f: no estimate before, supported    left out
const LEARNER = [
  estimate("a", 80, 100, 1),
  estimate("b", 80, 20, 0),
  estimate("c", 30, 0, 0),
  estimate("d", 90, null, 0),
  estimate("e", 70, 70, null),
  estimate("f", null, null, 1),
];

describe("brierScore", () => {
  it("is the mean squared distance between the stated probability and the record", () => {
    // (0.04 + 0.64 + 0.09 + 0.81) / 4 = 1.58 / 4 = 0.395
    expect(brierScore(LEARNER, "before")).toEqual({ score: expect.closeTo(0.395, 10), count: 4 });
    // (0 + 0.04 + 0) / 3
    expect(brierScore(LEARNER, "after")).toEqual({ score: expect.closeTo(0.04 / 3, 10), count: 3 });
  });

  it("gives 0.25 for always 50 %, 0 for sure and right, 1 for sure and wrong", () => {
    expect(brierScore([estimate("a", 50, null, 1), estimate("b", 50, null, 0)], "before")?.score).toBe(0.25);
    expect(brierScore([estimate("a", 100, null, 1), estimate("b", 0, null, 0)], "before")?.score).toBe(0);
    expect(brierScore([estimate("a", 0, null, 1), estimate("b", 100, null, 0)], "before")?.score).toBe(1);
  });

  it("is null when nothing counts", () => {
    expect(brierScore([estimate("e", 70, 70, null), estimate("f", null, null, 1)], "before")).toBeNull();
    expect(brierScore([], "after")).toBeNull();
  });
});

describe("calibrationBins", () => {
  it("puts each estimate in the bin of its nearest tenth, halves going up", () => {
    expect([0, 4, 5, 14, 15, 80, 84, 85, 94, 95, 100].map(binOf)).toEqual([0, 0, 10, 10, 20, 80, 80, 90, 90, 100, 100]);
  });

  it("counts, averages and tallies the record per bin", () => {
    expect(calibrationBins(LEARNER, "before")).toEqual([
      { percent: 30, count: 1, meanStated: 30, supported: 0 },
      { percent: 80, count: 2, meanStated: 80, supported: 1 },
      { percent: 90, count: 1, meanStated: 90, supported: 0 },
    ]);
    expect(calibrationBins(LEARNER, "after")).toEqual([
      { percent: 0, count: 1, meanStated: 0, supported: 0 },
      { percent: 20, count: 1, meanStated: 20, supported: 0 },
      { percent: 100, count: 1, meanStated: 100, supported: 1 },
    ]);
  });

  it("averages the stated values within a bin", () => {
    const bins = calibrationBins([estimate("a", 76, null, 1), estimate("b", 84, null, 1), estimate("c", 80, null, 0)], "before");
    expect(bins).toEqual([{ percent: 80, count: 3, meanStated: 80, supported: 2 }]);
  });
});

describe("confidentErrors", () => {
  it("lists the estimates on the wrong side of 50 %, furthest first", () => {
    // d: |0.9 − 0| = 0.9, b: |0.8 − 0| = 0.8; a and c are on the right side.
    expect(confidentErrors(LEARNER, "before").map(({ claim, error }) => [claim, error])).toEqual([
      ["d", expect.closeTo(0.9, 10)],
      ["b", expect.closeTo(0.8, 10)],
    ]);
    expect(confidentErrors(LEARNER, "after")).toEqual([]);
  });

  it("keeps the limit and the given order on ties, and 50 % is no error", () => {
    const ties = [estimate("x", 0, null, 1), estimate("y", 100, null, 0), estimate("z", 0, null, 1), estimate("w", 50, null, 1)];
    expect(confidentErrors(ties, "before", 2).map(({ claim }) => claim)).toEqual(["x", "y"]);
    expect(confidentErrors([estimate("w", 50, null, 0)], "before")).toEqual([]);
  });
});

describe("calibrationReport", () => {
  it("gathers both sides and the errors before reading", () => {
    const report = calibrationReport(LEARNER);
    expect(report.brier.before?.count).toBe(4);
    expect(report.brier.after?.count).toBe(3);
    expect(report.bins.before).toHaveLength(3);
    expect(report.errors.map(({ claim }) => claim)).toEqual(["d", "b"]);
  });
});

describe("classSummary", () => {
  const claims = [
    { claim: "a", outcome: 1 as const },
    { claim: "b", outcome: 0 as const },
    { claim: "c", outcome: null },
  ];
  const students = [
    [estimate("a", 20, 90, 1), estimate("b", 90, 10, 0), estimate("c", 60, null, null)],
    [estimate("a", 40, 100, 1), estimate("b", 70, null, 0)],
    [estimate("a", 90, null, 1)],
  ];

  it("averages each claim's estimates over the students who gave one", () => {
    const [a, b, c] = classSummary(claims, students);
    // a before: (20 + 40 + 90) / 3 = 50; after (90 + 100) / 2 = 95; wrong side: 20 and 40; mean error (0.8 + 0.6 + 0.1) / 3 = 0.5
    expect(a).toEqual({
      claim: "a",
      outcome: 1,
      before: { mean: 50, count: 3 },
      after: { mean: 95, count: 2 },
      confidentlyWrong: 2,
      meanError: expect.closeTo(0.5, 10),
    });
    // b before: (90 + 70) / 2 = 80; after 10; both wrong; mean error (0.9 + 0.7) / 2 = 0.8
    expect(b).toEqual({
      claim: "b",
      outcome: 0,
      before: { mean: 80, count: 2 },
      after: { mean: 10, count: 1 },
      confidentlyWrong: 2,
      meanError: expect.closeTo(0.8, 10),
    });
    expect(c).toEqual({ claim: "c", outcome: null, before: { mean: 60, count: 1 }, after: null, confidentlyWrong: 0, meanError: null });
  });

  it("ranks the class's confident errors by students wrong, then by mean error", () => {
    expect(classConfidentErrors(classSummary(claims, students)).map(({ claim }) => claim)).toEqual(["b", "a"]);
    expect(classConfidentErrors(classSummary(claims, students), 1).map(({ claim }) => claim)).toEqual(["b"]);
  });
});

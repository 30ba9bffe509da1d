import { describe, expect, it } from "vitest";
import { highlightSegments } from "@/lib/review/highlights";

describe("highlightSegments", () => {
  it("counts overlapping highlights per stretch and keeps the whole text", () => {
    expect(
      highlightSegments(10, [
        { start: 2, end: 6 },
        { start: 4, end: 8 },
      ]),
    ).toEqual([
      { start: 0, end: 2, count: 0 },
      { start: 2, end: 4, count: 1 },
      { start: 4, end: 6, count: 2 },
      { start: 6, end: 8, count: 1 },
      { start: 8, end: 10, count: 0 },
    ]);
  });

  it("ignores ranges outside the block and returns one piece without highlights", () => {
    expect(
      highlightSegments(5, [
        { start: 3, end: 9 },
        { start: 2, end: 2 },
      ]),
    ).toEqual([{ start: 0, end: 5, count: 0 }]);
  });
});

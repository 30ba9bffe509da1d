import { describe, expect, it } from "vitest";
import { reviewModeOf } from "@/lib/review/mode";

describe("reviewModeOf", () => {
  it("reads projection, blind and the answer shown from the address", () => {
    expect(reviewModeOf({ mode: "projection", blind: "1", i: "3" })).toEqual({ projection: true, blind: true, position: 3 });
  });

  it("falls back to the ordinary view at the first answer on anything else", () => {
    expect(reviewModeOf({})).toEqual({ projection: false, blind: false, position: 1 });
    expect(reviewModeOf({ mode: ["x", "projection"], blind: "yes", i: "-2" })).toEqual({ projection: false, blind: false, position: 1 });
    expect(reviewModeOf({ i: "abc" }).position).toBe(1);
  });
});

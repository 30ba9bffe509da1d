import { describe, expect, it } from "vitest";
import { flagReport, flags, MIN_OVERLAP, type FlagItem } from "@/lib/scoring/flags";

// Two paragraphs and a control excerpt: four technique spans (signal), four clean passages (noise).
const items: FlagItem[] = [
  { id: "a1", block: "p1", start: 0, end: 20, technique: "loaded-language" },
  { id: "n1", block: "p1", start: 20, end: 50, technique: null },
  { id: "a2", block: "p1", start: 60, end: 80, technique: "doubt" },
  { id: "n2", block: "p2", start: 0, end: 40, technique: null },
  { id: "a3", block: "p2", start: 40, end: 70, technique: "loaded-language" },
  { id: "a4", block: "p2", start: 80, end: 90, technique: "doubt" },
  { id: "n3", block: "p2", start: 100, end: 103, technique: null },
  { id: "x1", block: "x1", start: 0, end: 120, technique: null },
];

describe("flags", () => {
  it("needs a few characters in common, not a slip of the selection onto the next sentence", () => {
    expect(flags(items[1]!, { block: "p1", start: 0, end: 22 })).toBe(false); // 2 characters into n1
    expect(flags(items[1]!, { block: "p1", start: 0, end: 20 + MIN_OVERLAP })).toBe(true);
    expect(flags(items[1]!, { block: "p2", start: 20, end: 50 })).toBe(false); // same offsets, other block
  });
  it("flags a passage shorter than the minimum when the mark covers it", () => {
    expect(flags(items[6]!, { block: "p2", start: 99, end: 104 })).toBe(true);
  });
});

describe("flagReport", () => {
  it("counts hits and false alarms and computes d′ and c by hand", () => {
    const report = flagReport(items, [
      { block: "p1", start: 0, end: 21 }, // a1, and one character of n1: a hit only
      { block: "p1", start: 62, end: 66 }, // one word of a2: a hit
      { block: "x1", start: 10, end: 16 }, // six characters of the control excerpt: a false alarm
    ]);
    expect([...report.flagged].sort()).toEqual(["a1", "a2", "x1"]);
    expect(report.overall).toMatchObject({ hits: 2, signal: 4, falseAlarms: 1, noise: 4, hitRate: 0.5, falseAlarmRate: 0.25 });
    // Corrected H = 2.5/5 = 0.5 (z = 0), F = 1.5/5 = 0.3 (z = −0.524401): d′ = 0.524401, c = 0.262200.
    expect(report.overall.dPrime).toBeCloseTo(0.524401, 5);
    expect(report.overall.bias).toBeCloseTo(0.2622, 4);
    // Per technique, its own spans against every clean passage: 1 of 2 (H = 1.5/3 = 0.5) each.
    expect(Object.keys(report.byTechnique)).toEqual(["doubt", "loaded-language"]);
    expect(report.byTechnique["loaded-language"]).toMatchObject({ hits: 1, signal: 2, falseAlarms: 1, noise: 4 });
    expect(report.byTechnique["loaded-language"]!.dPrime).toBeCloseTo(0.524401, 5);
    expect(report.byTechnique.doubt).toMatchObject({ hits: 1, signal: 2 });
  });
  it("gives d′ 0 to a learner who marks everything", () => {
    const report = flagReport(items, [
      { block: "p1", start: 0, end: 80 },
      { block: "p2", start: 0, end: 103 },
      { block: "x1", start: 0, end: 120 },
    ]);
    expect(report.overall).toMatchObject({ hits: 4, signal: 4, falseAlarms: 4, noise: 4 });
    expect(report.overall.dPrime).toBeCloseTo(0, 9);
    expect(report.overall.bias!).toBeLessThan(0);
  });
  it("has no d′ without clean passages", () => {
    const report = flagReport(
      items.filter((item) => item.technique !== null),
      [{ block: "p1", start: 0, end: 20 }],
    );
    expect(report.overall).toMatchObject({ hits: 1, signal: 4, noise: 0, dPrime: null, bias: null });
  });
});

import { describe, expect, it } from "vitest";
import { scoreByLabel, scoreSpans, techniqueReport, type LabelledSpan } from "@/lib/scoring/spans";

const span = (block: string, start: number, end: number, label = "loaded-language"): LabelledSpan => ({ block, start, end, label });

describe("scoreSpans (SemEval-2020 partial overlap)", () => {
  it("gives full marks for an exact match", () => {
    expect(scoreSpans([span("p1", 10, 20)], [span("p1", 10, 20)])).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  it("gives partial credit, normalised by each side's length", () => {
    // Learner 10–30 (20 chars) against reference 20–25 (5 chars): overlap 5.
    const score = scoreSpans([span("p1", 10, 30)], [span("p1", 20, 25)]);
    expect(score.precision).toBeCloseTo(5 / 20);
    expect(score.recall).toBeCloseTo(1);
    expect(score.f1).toBeCloseTo((2 * 0.25 * 1) / 1.25);
  });

  it("gives nothing across paragraphs or across labels", () => {
    expect(scoreSpans([span("p1", 0, 10)], [span("p2", 0, 10)]).f1).toBe(0);
    expect(scoreSpans([span("p1", 0, 10, "doubt")], [span("p1", 0, 10, "slogans")]).f1).toBe(0);
  });

  it("caps a span's credit at 1 when it covers several reference spans", () => {
    const score = scoreSpans([span("p1", 0, 10)], [span("p1", 0, 10), span("p1", 0, 10)]);
    expect(score.precision).toBe(1);
    expect(score.recall).toBe(1);
  });

  it("averages over spans: a missed reference span lowers recall, a stray span lowers precision", () => {
    const score = scoreSpans([span("p1", 0, 10), span("p9", 0, 10)], [span("p1", 0, 10), span("p2", 0, 10)]);
    expect(score).toMatchObject({ precision: 0.5, recall: 0.5, predicted: 2, reference: 2 });
  });

  it("treats two empty sides as agreement and one empty side as zero", () => {
    expect(scoreSpans([], []).f1).toBe(1);
    expect(scoreSpans([], [span("p1", 0, 5)])).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});

describe("techniqueReport", () => {
  const category: Record<string, string> = { "loaded-language": "manipulative-wording", exaggeration: "manipulative-wording", doubt: "attack-on-reputation" };

  it("credits the right category when the technique differs", () => {
    const report = techniqueReport([span("p1", 0, 10, "exaggeration")], [span("p1", 0, 10, "loaded-language")], (t) => category[t] ?? t);
    expect(report.technique.f1).toBe(0);
    expect(report.category.f1).toBe(1);
    expect(Object.keys(report.byTechnique)).toEqual(["exaggeration", "loaded-language"]);
    expect(report.byCategory["manipulative-wording"]?.f1).toBe(1);
  });

  it("scores each technique on its own spans", () => {
    const byLabel = scoreByLabel([span("p1", 0, 10, "doubt")], [span("p1", 0, 10, "doubt"), span("p3", 0, 4, "loaded-language")]);
    expect(byLabel.doubt?.f1).toBe(1);
    expect(byLabel["loaded-language"]).toMatchObject({ recall: 0, predicted: 0, reference: 1 });
  });
});

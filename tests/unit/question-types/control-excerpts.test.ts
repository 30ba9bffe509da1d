import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/content/schemas";
import { checkAnswerValue } from "@/lib/question-types/values";

const text = { prompt: "…", teacherNotes: "…" };
const technique = { key: "t", stage: "language", paragraphs: [], type: "technique", maxTags: 5, fr: text, en: text } as const satisfies Question;
const evidence = { key: "e", stage: "evidence", paragraphs: [], type: "evidence", maxHighlights: 5, fr: text, en: text } as const satisfies Question;
const blocks = new Map([["p1", "Le prix du gaz a doublé."]]);
const controls = new Map([["x1", "Le gouvernement a démissionné le 5 janvier."]]);
const inExcerpt = { block: "x1", start: 3, end: 14, quote: "gouvernement" };

describe("a passage in a control excerpt", () => {
  it("is accepted by the technique question, checked against the excerpt's words", () => {
    expect(checkAnswerValue(technique, { tags: [{ ...inExcerpt, end: 15, technique: "doubt" }] }, { blocks, controls })).toMatchObject({ ok: true });
    expect(checkAnswerValue(technique, { tags: [{ ...inExcerpt, technique: "doubt" }] }, { blocks, controls })).toEqual({ ok: false, code: "INVALID_INPUT" });
    expect(checkAnswerValue(technique, { tags: [{ block: "x2", start: 0, end: 2, quote: "Le", technique: "doubt" }] }, { blocks, controls })).toEqual({
      ok: false,
      code: "INVALID_INPUT",
    });
  });
  it("is refused by any other question with its own code", () => {
    expect(checkAnswerValue(evidence, { highlights: [{ ...inExcerpt, end: 15 }] }, { blocks, controls })).toEqual({ ok: false, code: "CONTROL_EXCERPT" });
    expect(checkAnswerValue(evidence, { highlights: [{ block: "p1", start: 0, end: 2, quote: "Le" }] }, { blocks, controls })).toMatchObject({ ok: true });
  });
});

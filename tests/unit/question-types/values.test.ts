import { describe, expect, it } from "vitest";
import { isAnswered } from "@/lib/question-types/registry";
import { checkAnswerValue } from "@/lib/question-types/values";
import type { Question } from "@/lib/content/schemas";

const open: Question = {
  key: "main-claim",
  type: "open",
  stage: "claim",
  paragraphs: [],
  maxLength: 20,
  fr: { prompt: "p", teacherNotes: "n" },
  en: { prompt: "p", teacherNotes: "n" },
};

describe("checkAnswerValue (open)", () => {
  it("accepts text within the question's limit", () => {
    expect(checkAnswerValue(open, { text: "court" })).toEqual({ ok: true, value: { text: "court" } });
  });
  it("reports the limit when the text is too long", () => {
    expect(checkAnswerValue(open, { text: "x".repeat(21) })).toEqual({ ok: false, code: "TOO_LONG", max: 20 });
  });
  it.each([null, "text", { text: 3 }, { text: "a", extra: true }, { choices: [] }])("refuses %j as the wrong shape", (value) => {
    expect(checkAnswerValue(open, value)).toEqual({ ok: false, code: "WRONG_TYPE" });
  });
});

describe("isAnswered", () => {
  it("counts only non-blank text", () => {
    expect(isAnswered({ text: "  \n" })).toBe(false);
    expect(isAnswered({ text: "oui" })).toBe(true);
  });
});

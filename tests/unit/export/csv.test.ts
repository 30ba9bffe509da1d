import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answerText, type AnswerWords } from "@/lib/export/answer-text";
import { BOM, csvCell, csvLine, parseCsv } from "@/lib/export/csv";
import type { Question } from "@/lib/content/schemas";

describe("CSV cells", () => {
  it.each([
    { name: "plain", input: "abc", expected: "abc" },
    { name: "separator", input: "a,b", expected: '"a,b"' },
    { name: "quotes doubled", input: 'dit "oui"', expected: '"dit ""oui"""' },
    { name: "line break", input: "a\nb", expected: '"a\nb"' },
    { name: "formula =", input: "=SUM(A1)", expected: "'=SUM(A1)" },
    { name: "formula +", input: "+33 6", expected: "'+33 6" },
    { name: "formula -", input: "-1", expected: "'-1" },
    { name: "formula @", input: "@cmd", expected: "'@cmd" },
    { name: "formula after a tab", input: "\t=1", expected: "'\t=1" },
  ])("$name", ({ input, expected }) => expect(csvCell(input, ",")).toBe(expected));

  it("writes numbers as numbers, even negative ones (only text can be a formula), and null as empty", () => {
    expect(csvLine([-1, null, 2, true], "semicolon")).toBe("-1;;2;true\r\n");
  });

  it("reads back whatever it wrote, with either separator", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: "grapheme" }), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom("comma" as const, "semicolon" as const),
        (rows, sep) => {
          const safe = rows.map((row) => row.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `x${cell}` : cell)));
          expect(parseCsv(BOM + safe.map((row) => csvLine(row, sep)).join(""), sep)).toEqual(safe);
        },
      ),
    );
  });
});

describe("answers as text", () => {
  const words: AnswerWords = {
    locale: "fr",
    other: "Autre",
    techniques: new Map([["loaded-language", "Mots chargés"]]),
    articles: new Map([["a", "Article A"]]),
    narratives: new Map([["n", "Récit N"]]),
    estimate: ({ claim, before, after }) => `${claim} ${before ?? "–"} ${after ?? "–"}`,
  };
  const single = { type: "single", key: "q", options: [{ key: "x", fr: "Choix X", en: "Choice X" }], allowOther: true } as unknown as Question;
  it.each([
    { name: "open", question: { type: "open" }, value: { text: "Mon texte" }, expected: "Mon texte" },
    { name: "choice by label", question: single, value: { choice: "x" }, expected: "Choix X" },
    { name: "other with its text", question: single, value: { choice: "other", other: "autre chose" }, expected: "Autre\u202F: autre chose" },
    { name: "scale", question: { type: "scale" }, value: { value: 4 }, expected: "4" },
    {
      name: "passages quoted",
      question: { type: "evidence" },
      value: { highlights: [{ block: "p3", start: 0, end: 3, quote: "mot" }] },
      expected: "§3 «\u00A0mot\u00A0»",
    },
    {
      name: "tags with their technique",
      question: { type: "technique" },
      value: { tags: [{ block: "p2", start: 0, end: 3, quote: "mot", technique: "loaded-language" }] },
      expected: "§2 «\u00A0mot\u00A0» (Mots chargés)",
    },
    {
      name: "matrix",
      question: { type: "matrix" },
      value: { cells: { a: { n: { uses: true, passage: "ici" } } } },
      expected: "Article A → Récit N «\u00A0ici\u00A0»",
    },
    {
      name: "calibration, one line per claim in the question's order",
      question: { type: "calibration", claims: ["b", "a", "c"] },
      value: { estimates: { a: { before: 70, after: null }, b: { before: 20, after: 0 } } },
      expected: "b 20 0\na 70 –",
    },
    { name: "no answer", question: { type: "open" }, value: null, expected: "" },
    { name: "a value of another shape", question: { type: "scale" }, value: { text: "?" }, expected: "" },
  ])("$name", ({ question, value, expected }) => expect(answerText(question as Question, value, words)).toBe(expected));
});

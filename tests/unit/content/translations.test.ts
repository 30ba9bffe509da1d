import { describe, expect, it } from "vitest";
import type { ArticleBlock } from "@/lib/content/blocks";
import { checkTranslation } from "@/lib/content/translation-checks";
import { translationFileSchema, type TranslationFile } from "@/lib/content/translation-schemas";

/** The rules between an article and its working English translation (lib/content/translation-checks.ts), each on a planted fault. */

const block = (id: string, kind: ArticleBlock["kind"], text: string): ArticleBlock => ({ id, kind, number: kind === "title" ? null : Number(id.slice(1)), text, start: 0, end: text.length });
const blocks = [
  block("title", "title", "Kazakhstan : la main des Américains ?"),
  block("p1", "paragraph", "164 morts et près de 6 000 blessés, dont 1 300 policiers."),
  block("p2", "paragraph", "Le prix a doublé le 2 janvier, à 17 h."),
  block("p3", "paragraph", "Une Guerre Froide 2.0, et 6.000 soldats."),
];
const translation = (entries: Record<string, string>, extra: Partial<TranslationFile> = {}): TranslationFile => ({
  language: "en",
  notes: ["Loaded words are kept as loaded."],
  blocks: Object.fromEntries(Object.entries(entries).map(([id, text]) => [id, { text, notes: [] }])),
  ...extra,
});
const GOOD = {
  p1: "164 dead and nearly 6,000 injured, including 1,300 police officers.",
  p2: "The price doubled on 2 January, at 17:00.",
  // A blog's points in numbers: a decimal, and thousands.
  p3: "A Cold War 2.0, and 6,000 soldiers.",
};

function issuesOf(file: TranslationFile) {
  const issues: string[] = [];
  checkTranslation({ slug: "main", blocks, translation: file }, (_, field, message) => issues.push(`${field}: ${message}`));
  return issues;
}

describe("a working translation", () => {
  it("passes with every block but the title, in order, naming the original's numbers in English notation", () => {
    expect(issuesOf(translation(GOOD))).toEqual([]);
  });

  it("fails when a block has no translation", () => {
    expect(issuesOf(translation({ p1: GOOD.p1, p3: GOOD.p3 }))).toEqual(["blocks.p2: is missing: every block of the article has a translation"]);
  });

  it("fails when a translation names a number the original does not, or loses one", () => {
    expect(issuesOf(translation({ ...GOOD, p1: "164 dead and nearly 7,000 injured, including 1,300 police officers." }))).toEqual([
      "blocks.p1.text: numbers differ from the original: it has [164, 1300, 6000], the translation [164, 1300, 7000]",
    ]);
    expect(issuesOf(translation({ ...GOOD, p2: "The price doubled in early January." }))).toEqual([
      "blocks.p2.text: numbers differ from the original: it has [2, 17], the translation []",
    ]);
  });

  it("fails on a block the article does not have, the title's (meta.yaml has it), and the wrong order", () => {
    expect(issuesOf(translation({ title: "Kazakhstan: the hand of the Americans?", ...GOOD }))).toEqual([
      `blocks.title: "title" is not a block of the article (its title's English is in meta.yaml)`,
    ]);
    expect(issuesOf(translation({ p2: GOOD.p2, p1: GOOD.p1, p3: GOOD.p3 }))).toEqual(["blocks: must follow the text's order"]);
  });

  it("fails on a second reader's change to a block that is not translated", () => {
    const review = { date: "2026-12-07", scope: "Read against the original.", changes: [{ block: "p9", before: "a", after: "b", why: "c" }] };
    expect(issuesOf(translation(GOOD, { review }))).toEqual([`review.changes[0].block: "p9" is not a translated block`]);
  });

  it("says at least one decision of the translator's, and nothing else than English", () => {
    expect(translationFileSchema.safeParse({ language: "en", notes: [], blocks: {} }).success).toBe(false);
    expect(translationFileSchema.safeParse({ language: "de", notes: ["x"], blocks: {} }).success).toBe(false);
    expect(translationFileSchema.safeParse({ language: "en", notes: ["x"], blocks: { p1: { text: "a" } } }).success).toBe(true);
  });
});

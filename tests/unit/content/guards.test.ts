import { describe, expect, it } from "vitest";
import { checkCorrectedCards, checkHintGiveaways, checkLoneCues, checkSharedRightOptions } from "@/lib/content/guards";
import type { Content } from "@/lib/content/load";
import { claimsFileSchema, correctionSchema, questionSetSchema, type QuestionSet } from "@/lib/content/schemas";
import { hasDate, isHedged, isSpecific, sameText, stemEcho } from "@/lib/content/shape";

/** A question file names its suggested sets (content/questions/*.yaml); whether their keys exist is lib/content/check.ts's, not these checks'. */
const SETS = { short: ["a", "b", "c", "d", "e"] };

/** The guards of `npm run content:check` that keep closed questions answerable only by reading (issue 23). */

type Issue = { file: string; field: string; message: string };
const collect = (run: (report: (file: string, field: string, message: string) => void) => void): Issue[] => {
  const issues: Issue[] = [];
  run((file, field, message) => issues.push({ file, field, message }));
  return issues;
};

const option = (key: string, fr: string, en: string) => ({ key, fr, en });
const filler = (key: string) => ({ key, stage: "after", type: "open", fr: { prompt: "Avis ?", teacherNotes: "Notes." }, en: { prompt: "View?", teacherNotes: "Notes." } });
function set(article: string, options: ReturnType<typeof option>[], answer: string[]): QuestionSet {
  return questionSetSchema.parse({
    article,
    sets: SETS,
    questions: [
      {
        key: "figure",
        stage: "figure",
        type: "single",
        options,
        reference: { answer, fr: "Réponse.", en: "Answer." },
        fr: { prompt: "Que disent les chiffres ?", teacherNotes: "Notes." },
        en: { prompt: "What do the figures say?", teacherNotes: "Notes." },
      },
      filler("a"),
      filler("b"),
    ],
  });
}

describe("the lexical cues", () => {
  it.each([
    ["fr", "Environ 2 500 selon l'OTSC", true],
    ["fr", "Aucune des sources consultées ne le donne", true],
    ["fr", "près de la frontière", false],
    ["fr", "Le chiffre est confirmé", false],
    ["en", "About 2,500 according to the CSTO", true],
    ["en", "Questions about the CSTO", false],
    ["en", "The figure is confirmed", false],
  ] as const)("%s: %s is hedged: %s", (locale, text, hedged) => {
    expect(isHedged(text, locale)).toBe(hedged);
  });

  it.each([
    ["fr", "le 6 janvier", true],
    ["fr", "entre 1992 et 2015", true],
    ["fr", "2 030 militaires", false],
    ["en", "on 6 January", true],
    ["en", "6 May", true],
    ["en", "it may be", false],
    ["en", "2,030 troops", false],
  ] as const)("%s: %s has a date: %s", (locale, text, dated) => {
    expect(hasDate(text, locale)).toBe(dated);
  });

  it("tells specific options from vague ones", () => {
    expect(isSpecific("Des témoignages, avec leur nom ou leur ville", "fr")).toBe(true);
    expect(isSpecific("Un rapport de 2019", "fr")).toBe(true);
    expect(isSpecific("Des sources qui ne sont pas nommées", "fr")).toBe(false);
  });

  it("counts the stem's words an option repeats, and reads typography and case as the same text", () => {
    expect(stemEcho("Le chiffre officiel du 10 janvier", "Que disent les chiffres documentés ?")).toBe(1);
    expect(stemEcho("Un rapport de RAND", "Que disent les chiffres documentés ?")).toBe(0);
    expect(sameText("L’ordre de « tirer »")).toBe(sameText("l'ordre de  «\u00a0tirer\u00a0»"));
  });
});

describe("checkLoneCues", () => {
  const confirmed = option("confirmed", "Le chiffre est confirmé", "The figure is confirmed");
  const never = option("never", "Aucun chiffre n'a jamais été donné", "No figure was ever given");

  it("flags a right option that alone is hedged, or alone dated, in each language", () => {
    const issues = collect((report) =>
      checkLoneCues({ bad: set("bad", [option("key", "Environ 2 030, chiffre officiel du 10 janvier", "About 2,030, official figure of 10 January"), confirmed, never], ["key"]) }, report),
    );
    expect(issues.map((issue) => `${issue.field} ${issue.message}`)).toEqual([
      'questions[0].options[0].fr "figure": the right option "key" is the only hedged one; hedge a wrong option too, or none',
      'questions[0].options[0].fr "figure": the right option "key" is the only dated one; date a wrong option too, or none',
      'questions[0].options[0].en "figure": the right option "key" is the only hedged one; hedge a wrong option too, or none',
      'questions[0].options[0].en "figure": the right option "key" is the only dated one; date a wrong option too, or none',
    ]);
    expect(issues[0]!.file).toBe("questions/bad.yaml");
  });

  it("accepts the same right option when a wrong one is hedged and dated too", () => {
    const wrong = option("moscow", "Environ 20 000 selon Moscou, le 8 janvier", "About 20,000 according to Moscow, on 8 January");
    const good = set("good", [option("key", "Environ 2 030, chiffre officiel du 10 janvier", "About 2,030, official figure of 10 January"), wrong, never], ["key"]);
    expect(collect((report) => checkLoneCues({ good }, report))).toEqual([]);
  });
});

describe("checkSharedRightOptions", () => {
  const right = (fr: string, en: string) => option("key", fr, en);
  const other = option("other", "Autre chose", "Something else");

  it("flags two questions whose right options read the same, spacing and quotes aside", () => {
    const sets = {
      one: set("one", [right("2 030 militaires, « chiffre officiel »", "2,030 troops, “official figure”"), other], ["key"]),
      two: set("two", [right("2 030  militaires, «\u00a0chiffre officiel\u00a0»", '2,030 troops, "official figure"'), other], ["key"]),
    };
    const issues = collect((report) => checkSharedRightOptions(sets, report));
    expect(issues.map((issue) => `${issue.file} ${issue.field}`)).toEqual(["questions/two.yaml questions[0].options[0].fr", "questions/two.yaml questions[0].options[0].en"]);
    expect(issues[0]!.message).toContain("one/figure");
  });

  it("accepts right options worded each their own way, and a text that is right in one question and wrong in another", () => {
    const sets = {
      one: set("one", [right("2 030 militaires pour toute la force", "2,030 troops for the whole force"), other], ["key"]),
      two: set("two", [right("Environ 2 500, puis 2 030", "About 2,500, then 2,030"), option("other", "2 030 militaires pour toute la force", "2,030 troops for the whole force")], ["key"]),
    };
    expect(collect((report) => checkSharedRightOptions(sets, report))).toEqual([]);
  });
});

describe("checkHintGiveaways", () => {
  const withHint = (hint: { fr: string; en: string }) => {
    const built = set("hinted", [
      option("official", "2 030 militaires de cinq pays, total officiel", "2,030 troops from five countries, the official total"),
      option("moscow", "Environ 20 000 selon Moscou", "About 20,000 according to Moscow"),
      option("never", "Aucun chiffre n'a jamais été donné", "No figure was ever given"),
    ], ["official"]);
    const [question, ...rest] = built.questions;
    return { ...built, questions: [{ ...question!, fr: { ...question!.fr, hint: hint.fr }, en: { ...question!.en, hint: hint.en } }, ...rest] } as QuestionSet;
  };

  it("flags a hint that repeats words only the right option contains, in each language", () => {
    const issues = collect((report) => checkHintGiveaways({ hinted: withHint({ fr: "Qui a donné un chiffre, et pour quels pays ?", en: "Who gave a figure, and for which countries?" }) }, report));
    expect(issues.map((issue) => `${issue.file} ${issue.field}`)).toEqual(["questions/hinted.yaml questions[0].fr.hint", "questions/hinted.yaml questions[0].en.hint"]);
    expect(issues[0]!.message).toContain("pays");
    expect(issues[1]!.message).toContain("count");
  });

  it("accepts a hint that says where to look, and words a wrong option shares", () => {
    const issues = collect((report) => checkHintGiveaways({ hinted: withHint({ fr: "Ouvrez « Contexte → Chiffres » : qui a donné chaque chiffre, et quel jour ?", en: "Open \"Background → Figures\": who gave each figure, and on what day?" }) }, report));
    expect(issues).toEqual([]);
  });
});

describe("checkCorrectedCards", () => {
  const card = (id: string, asOf: string) => ({
    id,
    block: "p1",
    quote: "des mots",
    status: "documented",
    asOf,
    sources: ["a-source"],
    fr: { claim: "Le texte affirme.", record: "Les sources montrent." },
    en: { claim: "The text states.", record: "The sources show." },
  });
  const claims = {
    slug: claimsFileSchema.parse({ article: "slug", claims: [card("old", "2026-11-21"), card("new", "2026-12-07"), card("c", "2026-11-21"), card("d", "2026-11-21"), card("e", "2026-11-21")] }),
  } as Content["claims"];
  const correction = (fields: Record<string, unknown>) => correctionSchema.parse({ date: "2026-12-02", where: "claims/slug.yaml", fr: "Correction.", en: "Correction.", ...fields });

  it("flags a corrected card still dated before its correction, an unknown card, and a claims correction that names none", () => {
    const issues = collect((report) =>
      checkCorrectedCards([correction({ cards: ["old", "missing"] }), correction({}), correction({ where: "background/overview.yaml", cards: ["old"] })], claims, report),
    );
    expect(issues).toEqual([
      { file: "claims/slug.yaml", field: "old.asOf", message: 'is 2026-11-21, before its correction of 2026-12-02 (corrections.yaml [0]): a corrected card carries a new "as of" date' },
      { file: "corrections.yaml", field: "[0].cards[1]", message: 'no card "missing" in claims/slug.yaml' },
      { file: "corrections.yaml", field: "[1].cards", message: "missing: name the cards of claims/slug.yaml this correction changes ([] if it changes none)" },
      { file: "corrections.yaml", field: "[2].cards", message: "only a correction of a claims file names cards" },
    ]);
  });

  it("accepts a card dated on or after its correction, and a correction that changes no card's text", () => {
    expect(collect((report) => checkCorrectedCards([correction({ cards: ["new"] }), correction({ date: "2026-11-21", cards: ["old"] }), correction({ cards: [] })], claims, report))).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { checkGlossMatches } from "@/lib/content/gloss-checks";
import { findGlosses, wordOccurrences } from "@/lib/content/glosses";

/** Glossary terms in the article text (lib/content/glosses.ts) and the content check on their forms (lib/content/gloss-checks.ts). */

const TEXT = "L'OTSC a envoyé ses troupes. Après le Maïdan, l'OTSC et l'OTAN parlent d'une révolution colorée, pas de révolutions colorées.";
const ENTRIES = [
  { id: "csto", matches: ["OTSC"] },
  { id: "nato", matches: ["OTA"] },
  { id: "maidan", matches: ["Maïdan", "Maidan"] },
  { id: "colour-revolution", matches: ["révolution colorée", "révolutions colorées"] },
  { id: "tenge" },
];
const words = (text: string, marks: ReadonlyArray<{ start: number; end: number }>) => marks.map((mark) => text.slice(mark.start, mark.end));

describe("glossary terms in a block", () => {
  it("marks each entry's first occurrence once, in text order, on whole words", () => {
    const marks = findGlosses(TEXT, ENTRIES);
    expect(marks.map((mark) => mark.id)).toEqual(["csto", "maidan", "colour-revolution"]);
    expect(words(TEXT, marks)).toEqual(["OTSC", "Maïdan", "révolution colorée"]);
    expect(marks[0]).toEqual({ id: "csto", start: 2, end: 6 });
  });

  it("does not match inside a word, but does after an elision", () => {
    expect(wordOccurrences("l'OTAN, OTANIE, OTA.", "OTA")).toEqual([{ start: 16, end: 19 }]);
    expect(wordOccurrences("l'OTSC et l’OTSC", "OTSC")).toEqual([
      { start: 2, end: 6 },
      { start: 12, end: 16 },
    ]);
    expect(wordOccurrences("Maïdanesque", "Maïdan")).toEqual([]);
  });

  it("is case- and accent-exact", () => {
    expect(findGlosses("le maidan et la otsc", ENTRIES)).toEqual([]);
  });

  it("skips an occurrence inside or overlapping a claim link and takes the next free one", () => {
    const claim = { start: 0, end: 10 };
    const marks = findGlosses(TEXT, ENTRIES, [claim]);
    expect(marks.find((mark) => mark.id === "csto")).toEqual({ id: "csto", start: TEXT.indexOf("OTSC", 10), end: TEXT.indexOf("OTSC", 10) + 4 });
    const partly = { start: TEXT.indexOf("Maïdan") + 3, end: TEXT.indexOf("Maïdan") + 20 };
    expect(findGlosses(TEXT, ENTRIES, [partly]).some((mark) => mark.id === "maidan")).toBe(false);
  });

  it("never overlaps two marks and leaves the text as it is", () => {
    const text = "la révolution colorée";
    const marks = findGlosses(text, [
      { id: "a", matches: ["révolution colorée"] },
      { id: "b", matches: ["colorée"] },
    ]);
    expect(marks).toEqual([{ id: "a", start: 3, end: 21 }]);
    const rebuilt = marks.reduce<{ cursor: number; parts: string[] }>(
      (acc, mark) => ({ cursor: mark.end, parts: [...acc.parts, text.slice(acc.cursor, mark.start), text.slice(mark.start, mark.end)] }),
      { cursor: 0, parts: [] },
    );
    expect(rebuilt.parts.join("") + text.slice(rebuilt.cursor)).toBe(text);
  });
});

describe("the glossary's forms against the articles", () => {
  const issuesOf = (entries: Parameters<typeof checkGlossMatches>[0]) => {
    const issues: string[] = [];
    checkGlossMatches(entries, [TEXT, "Un autre article, qui écrit Maidan."], (file, field, message) => issues.push(`${file} ${field}: ${message}`));
    return issues;
  };

  it("passes when every form occurs as written in some article", () => {
    expect(issuesOf(ENTRIES.filter((entry) => entry.id !== "nato"))).toEqual([]);
  });

  it("fails on a form no article writes, or writes only inside a word", () => {
    expect(issuesOf([{ id: "csto", matches: ["OTSC", "ODKB"] }, ENTRIES[1]!])).toEqual([
      'background/glossary.yaml [0].matches[1]: "ODKB" does not occur as written in any article',
      'background/glossary.yaml [1].matches[0]: "OTA" does not occur as written in any article',
    ]);
  });

  it("fails on a form listed under two entries", () => {
    expect(issuesOf([ENTRIES[0]!, { id: "other", matches: ["OTSC"] }])).toEqual(['background/glossary.yaml [1].matches[0]: "OTSC" is already listed for "csto"']);
  });
});

describe("a form that names something else in a phrase", () => {
  const astana = { id: "nur-sultan-astana", matches: ["Astana"], unless: ["place Astana"] };
  const text = "Des manifestants sur la place Astana, puis un accord signé avec Astana.";

  it("is not glossed in that phrase, and is glossed elsewhere in the block", () => {
    expect(findGlosses(text, [astana])).toEqual([{ id: astana.id, start: text.lastIndexOf("Astana"), end: text.lastIndexOf("Astana") + 6 }]);
    expect(findGlosses("sur la place Astana", [astana])).toEqual([]);
  });

  it("must occur in an article and contain one of the entry's forms", () => {
    const issues: string[] = [];
    checkGlossMatches([{ ...astana, unless: ["place Astana", "rue Astana", "place Rouge"] }], [text, "Sur la place Rouge."], (_, field, message) => issues.push(`${field}: ${message}`));
    expect(issues).toEqual(['[0].unless[1]: "rue Astana" does not occur as written in any article', `[0].unless[2]: "place Rouge" contains none of the entry's forms`]);
  });
});

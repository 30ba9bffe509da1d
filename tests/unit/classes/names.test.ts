import { describe, expect, it } from "vitest";
import { formatJoinCode, generateJoinCode, JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, normaliseJoinCode } from "@/lib/classes/codes";
import { cleanName, isValidStudentName, nameFault, nameKey, nameMatchKey } from "@/lib/classes/names";
import { checkRoster, remainingText, rosterEntries } from "@/lib/classes/roster";
import { suggestPassphrase } from "@/lib/classes/passphrase";
import { ENGLISH_WORDS, FRENCH_WORDS } from "@/lib/classes/words";

describe("student names", () => {
  it.each([
    ["Zoé", "zoe"],
    ["  ZOE ", "zoe"],
    ["Zoe\u0301", "zoe"],
    ["Anne   Marie", "anne marie"],
    ["Lætitia", "laetitia"],
    ["Chloë", "chloe"],
    ["Çağla", "cagla"],
    ["Bjørn", "bjorn"],
    ["Łukasz", "lukasz"],
    ["Мария", "мария"],
  ])("folds %j to %j", (name, key) => {
    expect(nameKey(name)).toBe(key);
  });

  it("shows the name as typed, trimmed", () => {
    expect(cleanName("  Léa \t B. ")).toBe("Léa B.");
  });

  it.each([
    { name: "Léa", valid: true },
    { name: "L", valid: true },
    { name: "   ", valid: false },
    { name: "--", valid: false },
    { name: "lea@example.org", valid: false },
    { name: "x".repeat(41), valid: false },
    { name: "a\u0007b", valid: false },
  ])("accepts $name: $valid", ({ name, valid }) => {
    expect(isValidStudentName(name)).toBe(valid);
  });

  // Issue 22: invisible characters stayed in the name shown, and a right-to-left override turned "aél" into "léa" on screen.
  it.each([
    ["Léa\u200B", "Léa"],
    ["L\u00ADé\u200Da", "Léa"],
    ["\u202Ea\u00E9l", "aél"],
    ["\u2066Tom\u2069 \uFEFFB.", "Tom B."],
    ["Zo\u0065\u0301", "Zoé"],
  ])("takes format characters out of %j", (typed, shown) => {
    expect(cleanName(typed)).toBe(shown);
  });

  it.each([
    { name: "L\u0435a", why: "a Cyrillic е among Latin letters" },
    { name: "T\u03BFm", why: "a Greek omicron among Latin letters" },
    { name: "\u0410nna", why: "a Cyrillic А at the start" },
    { name: "Lé\u0430 M.", why: "a Cyrillic а before an initial" },
  ])("refuses a name mixing alphabets: $why", ({ name }) => {
    expect(isValidStudentName(name)).toBe(false);
    expect(nameFault(name)).toBe("mixedScripts");
  });

  it.each([
    "Лена",
    "Ζωή",
    "علي",
    "山田はな",
    "김민준",
    "Jean-Marc",
    "N'Golo",
    "N’Golo",
    "Zoé",
    "Łukasz",
    "Léa 2",
    "Chloë",
    "Çağla",
    "Bjørn",
    "Mary-Ann O’Neil",
  ])("accepts %j, written in one alphabet", (name) => {
    expect(nameFault(name)).toBeNull();
  });

  it("matches names without spaces or punctuation, for signing in and for collisions", () => {
    expect(nameMatchKey("Léa M.")).toBe(nameMatchKey("lea m"));
    expect(nameMatchKey("Jean-Marc")).toBe(nameMatchKey("jean marc"));
    expect(nameMatchKey("Мария")).toBe("мария");
    expect(nameMatchKey("Léa M.")).not.toBe(nameMatchKey("Léa B."));
  });
});

describe("a pasted roster", () => {
  it("is read entry by entry, numbered by line (commas and semicolons separate names too)", () => {
    expect(rosterEntries("Léa\n  Tom ;Inès,\r\n\nNoé  Martin\n")).toEqual([
      { line: 1, name: "Léa" },
      { line: 2, name: "Tom" },
      { line: 2, name: "Inès" },
      { line: 4, name: "Noé Martin" },
    ]);
  });

  it("names every problem at once, the repeated name with all its lines", () => {
    const entries = rosterEntries(["Léa", "Tom", "x".repeat(41), "lea", "--", "Noah", "Lé-a"].join("\n"));
    const check = checkRoster(entries, ["NOAH"]);
    expect(check.valid).toEqual([{ line: 2, name: "Tom" }]);
    expect(check.problems).toEqual([
      { kind: "repeated", lines: [1, 4, 7], name: "Léa" },
      { kind: "invalid", line: 3, name: "x".repeat(41), fault: "tooLong" },
      { kind: "invalid", line: 5, name: "--", fault: "noLetter" },
      { kind: "inClass", line: 6, name: "Noah", existing: "NOAH" },
    ]);
  });

  it("names a line that only looks like a classmate's name (UTS #39 confusables), and why", () => {
    const entries = rosterEntries(["\u039D\u03BF\u03B1", "L\u00E9\u0251", "\uFF2C\u00E9a", "Inès", "Tom", "Noah"].join("\n"));
    const check = checkRoster(entries, ["Noa", "Léa"]);
    expect(check.problems).toEqual([
      { kind: "lookalike", line: 1, name: "\u039D\u03BF\u03B1", existing: "Noa" },
      { kind: "lookalike", line: 2, name: "L\u00E9\u0251", existing: "Léa" },
      { kind: "inClass", line: 3, name: "\uFF2C\u00E9a", existing: "Léa" },
    ]);
    expect(check.valid.map((entry) => entry.name)).toEqual(["Inès", "Tom", "Noah"]);
  });

  it("takes lines that look alike for the same name written twice", () => {
    const entries = rosterEntries(["Noa", "Inès", "\u039D\u03BF\u03B1"].join("\n"));
    expect(checkRoster(entries, []).problems).toEqual([{ kind: "repeated", lines: [1, 3], name: "Noa" }]);
  });

  it("does not take ordinary names for lookalikes: keyboard letters are compared as they are", () => {
    // UTS #39 alone folds "m" into "rn" and "d" into "cl": Ema would be refused beside Erna.
    const entries = rosterEntries(["Ema", "Erna", "dara", "Clara", "Lea 1", "Lea l", "Leo", "Le0"].join("\n"));
    expect(checkRoster(entries, []).problems).toEqual([]);
  });

  it("keeps entries past the limit waiting, and names their lines", () => {
    const entries = rosterEntries("A\nB\nC\nD");
    expect(checkRoster(entries, [], 2)).toEqual({
      valid: entries.slice(0, 2),
      waiting: entries.slice(2),
      problems: [{ kind: "overLimit", lines: [3, 4], max: 2 }],
    });
  });

  it("leaves the entries not created in the box, one a line", () => {
    const entries = rosterEntries("Léa, Tom\nInès\nLéa");
    expect(remainingText(entries, [entries[1]!, entries[2]!])).toBe("Léa\nLéa");
  });
});

describe("join codes", () => {
  it("are six characters of an alphabet without lookalikes", () => {
    for (let index = 0; index < 200; index += 1) {
      const code = generateJoinCode();
      expect(code).toHaveLength(JOIN_CODE_LENGTH);
      expect([...code].every((char) => JOIN_CODE_ALPHABET.includes(char))).toBe(true);
    }
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01OIL]/);
  });

  it("are read leniently and shown in two halves", () => {
    expect(normaliseJoinCode(" abc-def ")).toBe("ABCDEF");
    expect(normaliseJoinCode("abc def")).toBe("ABCDEF");
    expect(formatJoinCode("ABCDEF")).toBe("ABC-DEF");
  });
});

describe("suggested passphrases", () => {
  it("are four words of the interface's language", () => {
    const french = suggestPassphrase("fr").split("-");
    const english = suggestPassphrase("en").split("-");
    expect(french).toHaveLength(4);
    expect(french.every((word) => (FRENCH_WORDS as readonly string[]).includes(word))).toBe(true);
    expect(english.every((word) => (ENGLISH_WORDS as readonly string[]).includes(word))).toBe(true);
  });

  it("draw from 256 distinct words per language", () => {
    expect(new Set(FRENCH_WORDS).size).toBe(256);
    expect(new Set(ENGLISH_WORDS).size).toBe(256);
  });
});

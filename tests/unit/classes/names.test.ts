import { describe, expect, it } from "vitest";
import { formatJoinCode, generateJoinCode, JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, normaliseJoinCode } from "@/lib/classes/codes";
import { cleanName, isValidStudentName, nameKey, splitRoster } from "@/lib/classes/names";
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

  it("splits a pasted roster by lines, commas or semicolons", () => {
    expect(splitRoster("Léa\n  Tom ;Inès,\r\n\nNoé  Martin\n")).toEqual(["Léa", "Tom", "Inès", "Noé Martin"]);
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

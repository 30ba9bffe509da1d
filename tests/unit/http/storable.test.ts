import { describe, expect, it } from "vitest";
import { isStorable } from "@/lib/http/storable";

/**
 * A save whose attempt id held U+0000 was answered 500 (found by `npm run proof:fuzz`): PostgreSQL
 * refuses the byte, and a lone surrogate in jsonb. Such text is now refused as invalid input.
 */
describe("isStorable", () => {
  const cases: Array<[string, unknown, boolean]> = [
    ["plain text, accents and emoji", { text: "Élève 👩‍👩‍👧 « ok »" }, true],
    ["numbers, booleans and null", [1, -0, true, null], true],
    ["U+0000 in a value", { attemptId: "a\u0000" }, false],
    ["U+0000 in a key", { "a\u0000": 1 }, false],
    ["a lone high surrogate", { text: "x\ud83d" }, false],
    ["a lone low surrogate, deep in an array", [[["\udfff"]]], false],
    ["nesting deeper than any answer", JSON.parse(`${"[".repeat(300)}${"]".repeat(300)}`) as unknown, false],
  ];
  for (const [name, value, expected] of cases) it(`${expected ? "accepts" : "refuses"} ${name}`, () => expect(isStorable(value)).toBe(expected));
});

import { parse } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { ERROR_STATUS } from "@/lib/errors";
import { frenchTypographyFaults } from "@/lib/format/typography";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

describe("message catalogues", () => {
  const frLeaves = new Map(leaves(fr as Tree));
  const enLeaves = new Map(leaves(en as Tree));

  it("English has every French key and no other", () => {
    expect([...enLeaves.keys()].sort()).toEqual([...frLeaves.keys()].sort());
  });

  it("has no empty strings", () => {
    for (const [key, value] of [...frLeaves, ...enLeaves]) expect(value.trim(), key).not.toBe("");
  });

  it("has a message for every error code, in both languages", () => {
    for (const code of Object.keys(ERROR_STATUS)) {
      expect(frLeaves.has(`errors.codes.${code}`), code).toBe(true);
      expect(enLeaves.has(`errors.codes.${code}`), code).toBe(true);
    }
  });

  // A message that does not parse fails the build (next-intl compiles the catalogues), not a test.
  it("parses as ICU messages, in both languages", () => {
    for (const [key, value] of [...frLeaves, ...enLeaves]) expect(() => parse(value), key).not.toThrow();
  });

  it("French follows French typography", () => {
    for (const [key, value] of frLeaves) expect(frenchTypographyFaults(value), key).toEqual([]);
  });

  it("uses the same placeholders in both languages", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?=[,}])/g)].map((match) => match[1]).sort();
    for (const [key, value] of frLeaves) expect(placeholders(enLeaves.get(key) ?? ""), key).toEqual(placeholders(value));
  });
});

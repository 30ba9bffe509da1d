import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";

/**
 * The articles are primary sources: each stored text must equal its seed minus exactly the page
 * furniture listed in meta.yaml. Deliberately independent of the loader's own check.
 */
const root = path.resolve(import.meta.dirname, "../../../content");
const slugs = readdirSync(path.join(root, "articles"));

describe.each(slugs)("article %s", (slug) => {
  const meta = parse(readFileSync(path.join(root, "articles", slug, "meta.yaml"), "utf8")) as {
    seed: { file: string; sha256: string };
    removed: Array<{ text: string }>;
  };
  const seed = readFileSync(path.join(root, "seeds", meta.seed.file), "utf8");
  const body = readFileSync(path.join(root, "articles", slug, "body.txt"), "utf8");

  it("keeps an untouched copy of its seed", () => {
    expect(createHash("sha256").update(seed).digest("hex")).toBe(meta.seed.sha256);
  });

  it("stores the seed text minus the removed chrome, byte for byte", () => {
    let expected = seed;
    for (const piece of meta.removed) {
      expect(expected.split(piece.text)).toHaveLength(2);
      expected = expected.split(piece.text).join("");
    }
    expect(body).toBe(expected);
  });

  it("removed only page furniture, never more than a few lines", () => {
    for (const piece of meta.removed) expect(piece.text.split("\n").filter((line) => line.trim()).length).toBeLessThanOrEqual(4);
  });
});

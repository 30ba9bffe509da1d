import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fontCharacters } from "@/lib/fonts/characters";

/**
 * The committed text font (app/fonts, made by `npm run fonts`) is the cut of today's source font
 * and covers every character the app shows: new content with a new character, or an updated font
 * package, fails here until the fonts are cut again.
 */

const root = path.resolve(import.meta.dirname, "../..");
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
type Manifest = { characters: string; files: Record<string, { source: string; sourceSha256: string; sha256: string }> };

describe("the text font's subset", async () => {
  const manifest = JSON.parse(await readFile(path.join(root, "app/fonts/subset.json"), "utf8")) as Manifest;

  it("keeps every character of content/ and the messages that the font can draw", { timeout: 20_000 }, async () => {
    const kept = new Set([...manifest.characters]);
    const missing = (await fontCharacters(root)).filter((char) => !kept.has(char));
    expect(missing, "run npm run fonts").toEqual([]);
  });

  it("is the cut of the source files installed, as committed", async () => {
    expect(Object.keys(manifest.files).sort()).toEqual(["source-serif-4-italic.woff2", "source-serif-4-normal.woff2"]);
    for (const [name, file] of Object.entries(manifest.files)) {
      expect(sha256(await readFile(path.join(root, file.source))), `${file.source} changed: run npm run fonts`).toBe(file.sourceSha256);
      expect(sha256(await readFile(path.join(root, "app/fonts", name))), `app/fonts/${name} is not the one npm run fonts wrote`).toBe(file.sha256);
    }
  });
});

import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/**
 * The characters the text font must draw: every character of content/ (the articles, their
 * translations, our prose) and of the interface's messages, plus what a learner may type in
 * French or English (printable ASCII, French letters, typographic punctuation, €). Only those the
 * source font has (its Latin subset): the rest (Cyrillic in a source's name) falls back to the
 * system's serif. Used by scripts/build-fonts.ts and by the test that the committed subset covers them.
 */

/** The ranges the Latin source file covers, as fontsource cuts it. */
const LATIN = [
  [0x0020, 0x00ff],
  [0x0131, 0x0131],
  [0x0152, 0x0153],
  [0x02bb, 0x02bc],
  [0x02c6, 0x02c6],
  [0x02da, 0x02da],
  [0x02dc, 0x02dc],
  [0x2000, 0x206f],
  [0x20ac, 0x20ac],
  [0x2122, 0x2122],
  [0x2212, 0x2212],
] as const;

const inLatin = (char: string) => LATIN.some(([from, to]) => char.codePointAt(0)! >= from && char.codePointAt(0)! <= to);

/** What anyone may type, whatever the content holds today. */
const TYPED = [
  ...Array.from({ length: 0x7f - 0x20 }, (_, index) => String.fromCodePoint(0x20 + index)),
  ..."àâäçéèêëîïôöùûüÿæœÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸÆŒ‘’“”«»‹›–—…•€\u00a0\u202f\u2009",
];

async function textFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === "seeds" ? [] : textFiles(full);
      return /\.(ya?ml|txt|json)$/.test(entry.name) ? [full] : [];
    }),
  );
  return nested.flat();
}

/** The characters to keep, sorted by code point. */
export async function fontCharacters(root: string): Promise<string[]> {
  const files = [...(await textFiles(path.join(root, "content"))), ...(await textFiles(path.join(root, "messages")))];
  const used = (await Promise.all(files.map((file) => readFile(file, "utf8")))).join("");
  const kept = new Set([...used, ...TYPED].filter((char) => char !== "\n" && char !== "\r" && inLatin(char)));
  return [...kept].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);
}

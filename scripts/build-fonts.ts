import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import subsetFont from "subset-font";
import { fontCharacters } from "@/lib/fonts/characters";
import { ROOT } from "./lib/paths";

/**
 * `npm run fonts`: cuts the text font (Source Serif 4, variable, from its npm package) down to
 * the characters the app shows (lib/fonts/characters.ts) and the weights it uses (400 to 700),
 * into app/fonts/, with app/fonts/subset.json saying what was kept and from which file. Run it
 * after adding content with new characters: tests/unit/fonts.test.ts fails until then.
 */

export const SOURCE = (style: string) => path.join(ROOT, `node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-${style}.woff2`);
const WEIGHTS = { min: 400, max: 700 };
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

const characters = await fontCharacters(ROOT);
const files: Record<string, { source: string; sourceSha256: string; sha256: string; bytes: number }> = {};
for (const style of ["normal", "italic"]) {
  const source = await readFile(SOURCE(style));
  const subset = await subsetFont(source, characters.join(""), { targetFormat: "woff2", variationAxes: { wght: WEIGHTS } });
  const name = `source-serif-4-${style}.woff2`;
  await writeFile(path.join(ROOT, "app/fonts", name), subset);
  files[name] = { source: path.relative(ROOT, SOURCE(style)), sourceSha256: sha256(source), sha256: sha256(subset), bytes: subset.length };
  console.log(`app/fonts/${name}: ${Math.round(source.length / 1024)} KiB → ${Math.round(subset.length / 1024)} KiB`);
}
await writeFile(path.join(ROOT, "app/fonts/subset.json"), `${JSON.stringify({ weights: WEIGHTS, characters: characters.join(""), files }, null, 2)}\n`);
console.log(`${characters.length} characters kept`);

import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { ROOT } from "./lib/paths";

/**
 * Generates lib/classes/confusables.json, the table that says which characters look like which
 * (lib/classes/lookalikes.ts), from the Unicode Consortium's confusables.txt (UTS #39, "Unicode
 * Security Mechanisms"): https://www.unicode.org/Public/security/<version>/confusables.txt.
 * Run with the downloaded file: `npx tsx scripts/build-confusables.ts path/to/confusables.txt`;
 * the output is committed, with the Unicode licence it is distributed under.
 *
 * Kept: each mapping whose source is not ASCII (typed letters are compared as they are, see
 * lib/classes/lookalikes.ts). A line reads `0430 ;\t0061 ;\tMA\t# ( а → a ) CYRILLIC SMALL LETTER A → …`.
 */

const PERMISSION = `UNICODE LICENSE V3. Permission is hereby granted, free of charge, to any person obtaining a copy of data files and any associated documentation (the "Data Files") or software and any associated documentation (the "Software") to deal in the Data Files or Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, and/or sell copies of the Data Files or Software, and to permit persons to whom the Data Files or Software are furnished to do so, provided that either (a) this copyright and permission notice appear with all copies of the Data Files or Software, or (b) this copyright and permission notice appear in associated Documentation. THE DATA FILES AND SOFTWARE ARE PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT OF THIRD PARTY RIGHTS. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR HOLDERS INCLUDED IN THIS NOTICE BE LIABLE FOR ANY CLAIM, OR ANY SPECIAL INDIRECT OR CONSEQUENTIAL DAMAGES, OR ANY DAMAGES WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THE DATA FILES OR SOFTWARE. Except as contained in this notice, the name of a copyright holder shall not be used in advertising or otherwise to promote the sale, use or other dealings in these Data Files or Software without prior written authorization of the copyright holder. SPDX-License-Identifier: Unicode-3.0`;

const fromHex = (codes: string) =>
  codes
    .trim()
    .split(/\s+/)
    .map((code) => String.fromCodePoint(Number.parseInt(code, 16)))
    .join("");

async function main() {
  const source = process.argv[2];
  if (!source) throw new Error("Usage: npx tsx scripts/build-confusables.ts path/to/confusables.txt");
  const text = await readFile(source, "utf8");
  const version = /^# Version: (\S+)/m.exec(text)?.[1];
  const copyright = /^# (© .*)$/m.exec(text)?.[1];
  if (!version || !copyright) throw new Error(`${source}: no "# Version:" or "# ©" line; is this Unicode's confusables.txt?`);
  const map: Record<string, string> = {};
  for (const line of text.split("\n")) {
    const match = /^([0-9A-F ]+);\s*([0-9A-F ]+);\s*MA\b/.exec(line);
    if (!match) continue;
    const from = fromHex(match[1]!);
    if (/^[\x00-\x7F]+$/.test(from)) continue;
    map[from] = fromHex(match[2]!);
  }
  const output = path.join(ROOT, "lib/classes/confusables.json");
  await writeFile(output, `${JSON.stringify({ source: `Unicode confusables.txt ${version} (UTS #39)`, license: `${copyright} ${PERMISSION}`, map })}\n`);
  console.log(`${Object.keys(map).length} mappings from Unicode ${version} → ${path.relative(ROOT, output)}`);
}

await main();

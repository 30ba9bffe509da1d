/**
 * Which writing system ("script", UTS #24) each letter of a name belongs to, for UTS #39's
 * single-script test: a name whose letters share no script ("L\u0435a", a Cyrillic е among Latin
 * letters) is refused, as it can pass for another name. Pure and client-safe: the data is the
 * JavaScript engine's own (\p{Script_Extensions=…}); only the scripts' names are listed here.
 */

/** ISO 15924 codes of Unicode 17's scripts, but Common, Inherited and Unknown; an engine that does not know one skips it. */
const SCRIPTS = [
  "Adlm",
  "Aghb",
  "Ahom",
  "Arab",
  "Armi",
  "Armn",
  "Avst",
  "Bali",
  "Bamu",
  "Bass",
  "Batk",
  "Beng",
  "Berf",
  "Bhks",
  "Bopo",
  "Brah",
  "Brai",
  "Bugi",
  "Buhd",
  "Cakm",
  "Cans",
  "Cari",
  "Cham",
  "Cher",
  "Chrs",
  "Copt",
  "Cpmn",
  "Cprt",
  "Cyrl",
  "Deva",
  "Diak",
  "Dogr",
  "Dsrt",
  "Dupl",
  "Egyp",
  "Elba",
  "Elym",
  "Ethi",
  "Gara",
  "Geor",
  "Glag",
  "Gong",
  "Gonm",
  "Goth",
  "Gran",
  "Grek",
  "Gujr",
  "Gukh",
  "Guru",
  "Hang",
  "Hani",
  "Hano",
  "Hatr",
  "Hebr",
  "Hira",
  "Hluw",
  "Hmng",
  "Hmnp",
  "Hung",
  "Ital",
  "Java",
  "Kali",
  "Kana",
  "Kawi",
  "Khar",
  "Khmr",
  "Khoj",
  "Kits",
  "Knda",
  "Krai",
  "Kthi",
  "Lana",
  "Laoo",
  "Latn",
  "Lepc",
  "Limb",
  "Lina",
  "Linb",
  "Lisu",
  "Lyci",
  "Lydi",
  "Mahj",
  "Maka",
  "Mand",
  "Mani",
  "Marc",
  "Medf",
  "Mend",
  "Merc",
  "Mero",
  "Mlym",
  "Modi",
  "Mong",
  "Mroo",
  "Mtei",
  "Mult",
  "Mymr",
  "Nagm",
  "Nand",
  "Narb",
  "Nbat",
  "Newa",
  "Nkoo",
  "Nshu",
  "Ogam",
  "Olck",
  "Onao",
  "Orkh",
  "Orya",
  "Osge",
  "Osma",
  "Ougr",
  "Palm",
  "Pauc",
  "Perm",
  "Phag",
  "Phli",
  "Phlp",
  "Phnx",
  "Plrd",
  "Prti",
  "Rjng",
  "Rohg",
  "Runr",
  "Samr",
  "Sarb",
  "Saur",
  "Sgnw",
  "Shaw",
  "Shrd",
  "Sidd",
  "Sidt",
  "Sind",
  "Sinh",
  "Sogd",
  "Sogo",
  "Sora",
  "Soyo",
  "Sund",
  "Sunu",
  "Sylo",
  "Syrc",
  "Tagb",
  "Takr",
  "Tale",
  "Talu",
  "Taml",
  "Tang",
  "Tavt",
  "Tayo",
  "Telu",
  "Tfng",
  "Tglg",
  "Thaa",
  "Thai",
  "Tibt",
  "Tirh",
  "Tnsa",
  "Todr",
  "Tols",
  "Toto",
  "Tutg",
  "Ugar",
  "Vaii",
  "Vith",
  "Wara",
  "Wcho",
  "Xpeo",
  "Xsux",
  "Yezi",
  "Yiii",
  "Zanb",
] as const;

/**
 * UTS #39 §5.1: Han, Hiragana, Katakana, Hangul and Bopomofo count as the writing systems that mix
 * them (Japanese, Korean, Chinese with Bopomofo), so "山田はな" is one script.
 */
const AUGMENTED: Readonly<Record<string, readonly string[]>> = {
  Hani: ["Hanb", "Jpan", "Kore"],
  Hira: ["Jpan"],
  Kana: ["Jpan"],
  Hang: ["Kore"],
  Bopo: ["Hanb"],
};

/** Characters of every script, or none in particular: digits, spaces, punctuation, combining accents. */
const ANY_SCRIPT = /^[\p{scx=Zyyy}\p{scx=Zinh}]$/u;

let patterns: Array<[string, RegExp]> | undefined;
/** Built on first use: one pattern per script this engine knows. */
function scriptPatterns(): Array<[string, RegExp]> {
  patterns ??= SCRIPTS.flatMap((code): Array<[string, RegExp]> => {
    try {
      return [[code, new RegExp(`^\\p{scx=${code}}$`, "u")]];
    } catch {
      return [];
    }
  });
  return patterns;
}

/** The scripts a character may be written in (Script_Extensions, augmented), or null for one of every script. */
function scriptsOf(character: string): Set<string> | null {
  if (ANY_SCRIPT.test(character)) return null;
  const scripts = new Set<string>();
  for (const [code, pattern] of scriptPatterns()) {
    if (pattern.test(character)) for (const script of [code, ...(AUGMENTED[code] ?? [])]) scripts.add(script);
  }
  // A script this engine does not know yet: one of its own, shared by its letters.
  return scripts.size > 0 ? scripts : new Set(["Zzzz"]);
}

/** The usual case, decided without looking at every script: Latin letters only (with digits, accents, punctuation). */
const LATIN_ONLY = /^[\p{scx=Latn}\p{scx=Zyyy}\p{scx=Zinh}]*$/u;

/** Whether all the text's characters can be written in one script (UTS #39's resolved script set is not empty). */
export function isSingleScript(text: string): boolean {
  if (LATIN_ONLY.test(text)) return true;
  const [first, ...others] = [...text].map(scriptsOf).filter((scripts) => scripts !== null);
  return !first || [...first].some((script) => others.every((scripts) => scripts.has(script)));
}

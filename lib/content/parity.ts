/**
 * Two checks between texts that must agree: a French string and its English twin state the same
 * numbers, and French prose spells names as the glossary does. Pure functions over parsed content,
 * so each can be tested on a planted mismatch.
 */

// ───────────────────────────── Numbers, French against English ─────────────────────────────

const FRENCH_NUMBER = /\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:,\d+)?(?!\d)|\d+(?:,\d+)?/g;
// English text quotes the French articles verbatim, so French thousands ("20 000") count too.
const ENGLISH_NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?!\d)|\d+(?:\.\d+)?/g;

// "17:00" and "17 h" (or "17 h 00") are one time: each becomes its hour, with minutes as decimals.
const FRENCH_TIME = /\b(\d{1,2})[\u00a0\u202f ]?h(?:[\u00a0\u202f ]?(\d{2}))?\b/g;
const ENGLISH_TIME = /\b(\d{1,2}):(\d{2})\b/g;

function withTimesAsHours(text: string, locale: "fr" | "en"): string {
  const decimal = locale === "fr" ? "," : ".";
  return text.replace(locale === "fr" ? FRENCH_TIME : ENGLISH_TIME, (_, hours: string, minutes?: string) =>
    !minutes || minutes === "00" ? String(Number(hours)) : `${Number(hours)}${decimal}${minutes}`,
  );
}

/**
 * The distinct numbers a text states, read with its language's separators ("13 000,5" in French
 * is "13,000.5" in English). Distinct, because English often gives a French quotation and then
 * its translation, stating the same figure twice.
 */
export function numbersIn(text: string, locale: "fr" | "en"): number[] {
  const matches = withTimesAsHours(text, locale).match(locale === "fr" ? FRENCH_NUMBER : ENGLISH_NUMBER) ?? [];
  const values = matches.map((match) =>
    Number(locale === "fr" ? match.replace(/[\u00a0\u202f ]/g, "").replace(",", ".") : match.replace(/[,\u00a0\u202f ]/g, "")),
  );
  return [...new Set(values)].sort((a, b) => a - b);
}

export type Mismatch = { field: string; message: string };

/**
 * Every field under an `fr` key whose twin under the sibling `en` key states other numbers.
 * Twins are matched by path: `fr.record` with `en.record`, `fr.options[2]` with `en.options[2]`.
 */
export function numberMismatches(data: unknown, field = ""): Mismatch[] {
  if (Array.isArray(data)) return data.flatMap((item, index) => numberMismatches(item, `${field}[${index}]`));
  if (!data || typeof data !== "object") return [];
  const record = data as Record<string, unknown>;
  const here = "fr" in record && "en" in record ? compareTwins(record.fr, record.en, field ? `${field}.fr` : "fr") : [];
  const deeper = Object.entries(record)
    .filter(([key]) => key !== "fr" && key !== "en")
    .flatMap(([key, inner]) => numberMismatches(inner, field ? `${field}.${key}` : key));
  return [...here, ...deeper];
}

function compareTwins(fr: unknown, en: unknown, field: string): Mismatch[] {
  if (typeof fr === "string" && typeof en === "string") {
    const [frNumbers, enNumbers] = [numbersIn(fr, "fr"), numbersIn(en, "en")];
    if (frNumbers.join(" ") === enNumbers.join(" ")) return [];
    return [{ field, message: `numbers differ from the English twin: fr has [${frNumbers.join(", ")}], en has [${enNumbers.join(", ")}]` }];
  }
  if (Array.isArray(fr) && Array.isArray(en)) return fr.flatMap((item, index) => compareTwins(item, en[index], `${field}[${index}]`));
  if (fr && en && typeof fr === "object" && typeof en === "object") {
    const english = en as Record<string, unknown>;
    return Object.entries(fr).flatMap(([key, inner]) => (key in english ? compareTwins(inner, english[key], `${field}.${key}`) : []));
  }
  return [];
}

// ───────────────────────────── Names, as the glossary spells them ─────────────────────────────

/** Text quoted between « » is someone else's wording (often an article's, typos included). */
const withoutQuotations = (text: string) => text.replace(/«[^»]*»/g, " ");

const NAME = /\p{Lu}[\p{L}’'-]*\p{L}/gu;
const SENTENCE_START = /(?:^|[.!?:;(\n]\s*|[-–—]\s)$/u;

/**
 * The names a text uses, one word at a time: its capitalised words, except the first of a
 * sentence (unless `all`, for a glossary term, which is a name from its first word).
 */
function namesIn(text: string, all = false): string[] {
  const names: string[] = [];
  const plain = withoutQuotations(text);
  for (const match of plain.matchAll(NAME)) {
    if (all || !SENTENCE_START.test(plain.slice(0, match.index))) names.push(match[0]);
  }
  return names;
}

/** Optimal string alignment distance (Levenshtein plus one swap of neighbours), case-insensitive. */
function distance(a: string, b: string): number {
  const [s, t] = [a.toLowerCase(), b.toLowerCase()];
  const rows = Array.from({ length: s.length + 1 }, (_, i) => Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= s.length; i += 1) {
    for (let j = 1; j <= t.length; j += 1) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[s.length]![t.length]!;
}

/** Grammar, not spelling: "Américain" and "Américaines" are one name. */
const isInflection = (a: string, b: string) => {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.startsWith(short) && ["s", "e", "es", "x", "ne", "nes", "a"].includes(long.slice(short.length));
};

/** A different word that is close enough to be the same name misspelt. */
const isVariant = (word: string, canonical: string) =>
  word !== canonical &&
  word.length >= 4 &&
  !isInflection(word.toLowerCase(), canonical.toLowerCase()) &&
  distance(word, canonical) === 1 &&
  word.toLowerCase() !== canonical.toLowerCase();

/** The names the glossary's French entries use: the spellings every other French text must follow. */
export function glossaryNames(entries: ReadonlyArray<{ term: string; definition: string }>): Set<string> {
  return new Set(entries.flatMap((entry) => [...namesIn(entry.term, true), ...namesIn(entry.definition)]));
}

/** Names in a French text that the glossary spells differently, e.g. "Nour Otan" for "Nur Otan". */
export function misspeltNames(text: string, canonical: ReadonlySet<string>): Array<{ found: string; glossary: string }> {
  const faults = new Map<string, string>();
  for (const word of namesIn(text)) {
    if (canonical.has(word)) continue;
    const match = [...canonical].find((name) => isVariant(word, name));
    if (match) faults.set(word, match);
  }
  return [...faults].map(([found, glossary]) => ({ found, glossary }));
}

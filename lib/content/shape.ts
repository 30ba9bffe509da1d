import type { Locale } from "./schemas";

/**
 * Lexical cues a test-wise learner reads in an option without knowing the answer: a hedge
 * ("environ", "selon", "according to"), a date, the stem's own words, details of provenance.
 * Deliberately simple word lists, shared by the content check (lib/content/guards.ts) and the
 * shape-only test (tests/unit/content/shape-only.test.ts), so both read options the same way.
 */

/** Whole words and phrases only: JavaScript's \b does not know that "é" is a letter. */
const words = (alternatives: readonly string[], flags = "iu") =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, flags);

/**
 * Approximation, attribution, modality and the app's own register of evidence ("dans les sources
 * consultées"): the words that make an option sound careful. A number after "près de", "about" or
 * "around" is required, so that "près de la frontière" and "questions about" do not count.
 */
const HEDGES: Record<Locale, RegExp> = {
  fr: words([
    "environ", "près de \\d", "à peu près", "presque", "quelque \\d", "selon", "d['’]après",
    "attribuée?s?", "présentée?s? comme", "rapportée?s?", "signalée?s?", "annoncée?s?", "affirmée?s?",
    "dit", "disent", "déclarée?s?", "aurai(?:t|ent)", "serai(?:t|ent)", "pourrai(?:t|ent)", "peut-être",
    "probablement", "possiblement", "sans doute", "sembl(?:e|ent|ait)", "apparemment", "estimée?s?",
    "estimations?", "revue?s? à la (?:hausse|baisse)", "provisoire", "non confirmée?s?", "pas confirmée?s?",
    "sources consultées", "n['’]a pas été (?:re)?trouvée?", "à ce stade", "en partie",
  ]),
  en: words([
    "about \\d", "around \\d", "nearly", "almost", "approximately", "roughly", "some \\d", "according to",
    "reportedly", "reported", "attributed", "presented as", "announced", "claimed", "said", "say",
    "says", "stated", "may", "might", "could", "would", "probably", "possibly", "likely", "seem(?:s|ed)?",
    "apparently", "estimated?", "estimates", "revised (?:up|down)(?:wards)?", "provisional",
    "unconfirmed", "not confirmed", "sources consulted", "was not found", "at this stage", "partly",
  ]),
};

const FRENCH_MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre";
const ENGLISH_MONTHS = "January|February|March|April|June|July|August|September|October|November|December";

/** A month, or a year from 1800 to 2099 ("1999", "(1992-2015)"); "2 030" and "20,000" have no four digits in a row. */
const DATES: Record<Locale, RegExp> = {
  fr: new RegExp(`(?<![\\p{L}\\p{N}])(?:${FRENCH_MONTHS})(?![\\p{L}])|(?<!\\d)(?:1[89]|20)\\d\\d(?!\\d)`, "iu"),
  // "may" is a month only beside a number ("6 May", "May 2022"), otherwise a verb.
  en: new RegExp(`(?<![\\p{L}])(?:${ENGLISH_MONTHS})(?![\\p{L}])|\\d\\s+May\\b|\\bMay\\s+\\d|(?<!\\d)(?:1[89]|20)\\d\\d(?!\\d)`, "u"),
};

/** Details that say where something comes from: "avec leur nom ou leur ville", "quoted with their date". */
const PROVENANCE: Record<Locale, RegExp> = {
  fr: words(["avec (?:leur|leurs|son|sa|ses)", "citée?s? avec", "par son nom", "avec (?:le|la|les) (?:nom|date|lieu)s?"]),
  en: words(["with (?:their|his|her|its)", "quoted with", "by name", "with (?:the|a) (?:name|date|place)s?"]),
};

export const isHedged = (text: string, locale: Locale) => HEDGES[locale].test(text);

export const hasDate = (text: string, locale: Locale) => DATES[locale].test(text);

/**
 * Says where it comes from or pins itself down: a date, a number, a name (a capital letter after
 * the first word), or a phrase of provenance. Its opposite is the vague option that the "tick
 * everything vague" rule of thumb ticks.
 */
export function isSpecific(text: string, locale: Locale): boolean {
  const afterFirstWord = text.trim().replace(/^\S+\s*/u, "");
  return hasDate(text, locale) || /\d/u.test(text) || /\p{Lu}/u.test(afterFirstWord) || PROVENANCE[locale].test(text);
}

/** The label as the learner reads it: whitespace runs count as one character, code points not UTF-16 units. */
export const labelLength = (label: string) => [...label.trim().replace(/\s+/g, " ")].length;

const STOPWORDS = new Set([
  // French
  "avec", "dans", "pour", "sans", "sont", "elle", "elles", "leur", "leurs", "cette", "ces", "mais", "plus",
  "tout", "tous", "toute", "toutes", "même", "aussi", "comme", "entre", "vers", "dont", "quel", "quelle",
  "quels", "quelles", "lequel", "lesquels", "lesquelles", "qu'il", "qu'elle", "était", "être", "avoir",
  "fait", "faire", "texte", "paragraphe", "selon", "votre", "vous", "nous", "autre", "autres", "encore",
  // English
  "with", "from", "that", "this", "these", "those", "they", "their", "there", "what", "which", "when",
  "where", "about", "into", "than", "then", "were", "been", "have", "does", "said", "text", "paragraph",
  "your", "other", "also", "only", "each", "some", "more",
]);

/** Letters only, lower case, accents removed, and words cut to five letters so "chiffres" meets "chiffre". */
function stems(text: string): Set<string> {
  const plain = text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  return new Set(
    (plain.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [])
      .filter((word) => word.length >= 4 && !STOPWORDS.has(word))
      .map((word) => word.slice(0, 5)),
  );
}

/** How many of the stem's words (cut to five letters) an option repeats. */
export function stemEcho(option: string, stem: string): number {
  const fromStem = stems(stem);
  return [...stems(option)].filter((word) => fromStem.has(word)).length;
}

/**
 * The words of a hint (cut to five letters) that a right option repeats and no wrong option does:
 * the hint then names what sets the key apart (content-round3, Q5). Stopwords do not count.
 */
export function hintGiveaways(hint: string, right: readonly string[], wrong: readonly string[]): string[] {
  const fromHint = stems(hint);
  const inWrong = new Set(wrong.flatMap((label) => [...stems(label)]));
  return [...new Set(right.flatMap((label) => [...stems(label)]))].filter((word) => fromHint.has(word) && !inWrong.has(word));
}

/** Normalised for comparing two labels: spacing and typography do not make two options differ. */
export const sameText = (text: string) =>
  text.normalize("NFC").replace(/[\s\u00a0\u202f]+/gu, " ").replace(/[«»“”"]/gu, '"').replace(/[’]/gu, "'").trim().toLowerCase();

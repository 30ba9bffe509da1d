/**
 * Cuts a text into sentences without changing a character: the sentences are consecutive slices of
 * the text, by offsets, so that joined they give it back exactly and each one maps onto the DOM the
 * way a passage does (lib/passages/dom.ts). Whitespace after a sentence belongs to it; `spoken`
 * gives the part worth reading and highlighting. No DOM here: the same code runs in tests.
 *
 * A sentence ends at ".", "!", "?", "…" or "..." (with any closing marks after them: « … » with its
 * space, quotes, brackets) when whitespace and then a capital, a digit or an opening mark follow,
 * or at the end of the text. It does not end after an abbreviation that announces a word (M.,
 * Mme, Dr, p. ex., av. J.-C.), an initial (V. Poutine) or a dotted acronym (U.S.A.); a full stop
 * inside a number or an address (2.5, www.example.org) has no whitespace after it.
 */

export type Sentence = { start: number; end: number };

/** Abbreviations after which a full stop never ends a sentence (compared in lower case). */
export const NON_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "m",
  "mm",
  "mme",
  "mmes",
  "mlle",
  "mlles",
  "dr",
  "pr",
  "me",
  "mgr",
  "st",
  "ste",
  "ex",
  "cf",
  "p",
  "pp",
  "av",
  "apr",
  "env",
  "n",
  "no",
  "vol",
  "chap",
  "art",
  "fig",
  "éd",
  "coll",
  "gén",
  "col",
  "cdt",
  "lt",
  "sgt",
  "mr",
  "mrs",
  "ms",
  "vs",
  "e.g",
  "i.e",
]);

const TERMINATORS = ".!?…";
/** Closing marks that stay with the sentence they close. */
const CLOSERS = /^["”’')\]»]/u;
/** What may open the next sentence. */
const OPENERS = /[\p{Lu}\p{N}«"“‘(\[—–-]/u;
const SPACE = /\s/u;

/** The word just before `index` (letters, dots and hyphens), e.g. "Mme", "J.-C", "U.S.A". */
function wordBefore(text: string, index: number): string {
  let start = index;
  while (start > 0 && /[\p{L}\p{N}.\-]/u.test(text[start - 1] ?? "")) start -= 1;
  return text.slice(start, index).replace(/^[.\-]+/, "");
}

/** A full stop after this word leaves the sentence open. */
function announcesMore(word: string): boolean {
  if (word === "") return false;
  const lower = word.toLowerCase();
  if (NON_FINAL_ABBREVIATIONS.has(lower)) return true;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: V. Poutine
  if (/^(\p{L}{1,2}\.-?)+\p{L}{1,2}$/u.test(word)) return true; // U.S.A., J.-C., p. ex.
  return false;
}

/** Where the closing marks after a terminator end (« … » with the space before », quotes, brackets). */
function afterClosers(text: string, index: number): number {
  let cursor = index;
  for (;;) {
    const rest = text.slice(cursor);
    const spaced = /^[\u00a0\u202f ]?»/u.exec(rest);
    if (spaced) cursor += spaced[0].length;
    else if (CLOSERS.test(rest)) cursor += 1;
    else return cursor;
  }
}

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  let index = 0;
  while (index < text.length) {
    if (!TERMINATORS.includes(text[index] ?? "")) {
      index += 1;
      continue;
    }
    const terminatorStart = index;
    while (index < text.length && TERMINATORS.includes(text[index] ?? "")) index += 1;
    const run = text.slice(terminatorStart, index);
    const closed = afterClosers(text, index);
    let next = closed;
    while (next < text.length && SPACE.test(text[next] ?? "")) next += 1;
    const atEnd = next === text.length;
    const ends = atEnd || (next > closed && OPENERS.test(text[next] ?? "") && !(run === "." && announcesMore(wordBefore(text, terminatorStart))));
    if (ends) {
      sentences.push({ start, end: next });
      start = next;
    }
    index = Math.max(index, closed);
  }
  if (start < text.length) sentences.push({ start, end: text.length });
  return sentences;
}

/** The part of a sentence to read out and highlight: without the whitespace around it. */
export function spoken(text: string, sentence: Sentence): Sentence {
  let { start, end } = sentence;
  while (start < end && SPACE.test(text[start] ?? "")) start += 1;
  while (end > start && SPACE.test(text[end - 1] ?? "")) end -= 1;
  return { start, end };
}

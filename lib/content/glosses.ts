/**
 * Glossary terms in the article text: where each entry's French forms (`matches` in
 * content/background/glossary.yaml) occur as whole words, case and accents as written. Pure, so
 * the reader (components/article/article-text.tsx) and the content check share one reading.
 */

export type TextRange = Readonly<{ start: number; end: number }>;
export type GlossMark = Readonly<{ id: string; start: number; end: number }>;
export type GlossForms = Readonly<{ id: string; matches?: readonly string[]; unless?: readonly string[] }>;

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Every place `form` occurs in `text` with no letter or digit glued to either side ("l'OTSC" yes, "OTANIE" no). */
export function wordOccurrences(text: string, form: string): TextRange[] {
  const found: TextRange[] = [];
  if (!form) return found;
  for (let start = text.indexOf(form); start !== -1; start = text.indexOf(form, start + 1)) {
    const end = start + form.length;
    if (!WORD_CHAR.test(text.charAt(start - 1)) && !WORD_CHAR.test(text.charAt(end))) found.push({ start, end });
  }
  return found;
}

const overlaps = (a: TextRange, b: TextRange) => Math.max(a.start, b.start) < Math.min(a.end, b.end);

/**
 * The marks of one block: for each entry, in glossary order, its first occurrence (any of its
 * forms, the longer on a tie) that overlaps neither a range to keep clear (a claim link) nor an
 * earlier mark, and does not lie in one of the entry's `unless` phrases (where the form names
 * something else); sorted by position. The text itself is untouched: marks are offsets into it.
 */
export function findGlosses(text: string, entries: readonly GlossForms[], clear: readonly TextRange[] = []): GlossMark[] {
  const taken: TextRange[] = [...clear];
  const marks: GlossMark[] = [];
  for (const entry of entries) {
    const elsewhere = (entry.unless ?? []).flatMap((phrase) => wordOccurrences(text, phrase));
    const candidates = (entry.matches ?? [])
      .flatMap((form) => wordOccurrences(text, form))
      .filter((range) => !elsewhere.some((other) => other.start <= range.start && range.end <= other.end))
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const first = candidates.find((range) => !taken.some((other) => overlaps(range, other)));
    if (!first) continue;
    taken.push(first);
    marks.push({ id: entry.id, ...first });
  }
  return marks.sort((a, b) => a.start - b.start);
}

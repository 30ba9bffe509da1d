/**
 * Sentences and words of a block's verbatim text as character ranges, for choosing a passage with
 * the keyboard (paragraph → sentence → words). Uses Intl.Segmenter, so French punctuation and
 * abbreviations are handled by the platform.
 */
export type Segment = { start: number; end: number; text: string };

function segment(text: string, granularity: "sentence" | "word", locale: string): Segment[] {
  const segmenter = new Intl.Segmenter(locale, { granularity });
  return [...segmenter.segment(text)]
    .filter((part) => (granularity === "word" ? part.isWordLike === true : part.segment.trim().length > 0))
    .map((part) => trim({ start: part.index, end: part.index + part.segment.length, text: part.segment }));
}

/** Without the spaces and line breaks at either end. */
export function trim(range: Segment): Segment {
  const leading = range.text.length - range.text.trimStart().length;
  const trailing = range.text.length - range.text.trimEnd().length;
  return { start: range.start + leading, end: range.end - trailing, text: range.text.trim() };
}

export const sentencesOf = (text: string, locale = "fr") => segment(text, "sentence", locale);
export const wordsOf = (text: string, locale = "fr") => segment(text, "word", locale);

/** A stretch of a block's text and how many students highlighted all of it. Pure, client-safe. */
export type Segment = { start: number; end: number; count: number };

/**
 * Cuts a block of `length` characters at every highlight's edges and counts, for each piece, the
 * highlights covering it: what the review shows as marks of growing strength on the text.
 */
export function highlightSegments(length: number, ranges: ReadonlyArray<{ start: number; end: number }>): Segment[] {
  const valid = ranges.filter((range) => range.start >= 0 && range.end <= length && range.start < range.end);
  const cuts = [...new Set([0, length, ...valid.flatMap((range) => [range.start, range.end])])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let index = 0; index < cuts.length - 1; index += 1) {
    const start = cuts[index]!;
    const end = cuts[index + 1]!;
    const count = valid.filter((range) => range.start <= start && range.end >= end).length;
    const last = segments[segments.length - 1];
    if (last && last.count === count) last.end = end;
    else segments.push({ start, end, count });
  }
  return segments;
}

import type { BlockKind, BlockSpec } from "./schemas";

/**
 * Cuts an article's verbatim body into the blocks its meta.yaml lists, without changing a byte:
 * each block is a slice of the body, addressed by character offsets. Blank lines (including lines
 * holding only no-break spaces) separate blocks; a hard-wrapped caption spans several lines.
 */

export type ArticleBlock = {
  id: string;
  kind: BlockKind;
  /** The number shown in the margin (p7 → 7); null for the title. */
  number: number | null;
  text: string;
  start: number;
  end: number;
};

type Line = { text: string; start: number; end: number; blank: boolean };

function splitLines(body: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const text of body.split("\n")) {
    lines.push({ text, start, end: start + text.length, blank: text.trim() === "" });
    start += text.length + 1;
  }
  return lines;
}

export type Segmentation = { blocks: ArticleBlock[]; problems: string[] };

export function segmentBlocks(body: string, specs: readonly BlockSpec[]): Segmentation {
  const lines = splitLines(body);
  const blocks: ArticleBlock[] = [];
  const problems: string[] = [];
  let cursor = 0;

  for (const [index, spec] of specs.entries()) {
    while (cursor < lines.length && lines[cursor]?.blank) cursor += 1;
    const taken = lines.slice(cursor, cursor + spec.lines);
    const first = taken[0];
    const last = taken[taken.length - 1];
    if (!first || !last || taken.length < spec.lines) {
      problems.push(`blocks[${index}] (${spec.id}): the body has no text left for this block`);
      return { blocks, problems };
    }
    if (taken.some((line) => line.blank)) {
      problems.push(`blocks[${index}] (${spec.id}): its ${spec.lines} lines are not consecutive in the body`);
    }
    blocks.push({
      id: spec.id,
      kind: spec.kind,
      number: spec.id === "title" ? null : Number(spec.id.slice(1)),
      text: body.slice(first.start, last.end),
      start: first.start,
      end: last.end,
    });
    cursor += spec.lines;
  }

  const leftover = lines.slice(cursor).find((line) => !line.blank);
  if (leftover) {
    problems.push(`the body has text after the last listed block: "${leftover.text.trim().slice(0, 60)}"`);
  }
  problems.push(...checkIds(specs));
  return { blocks, problems };
}

/** Ids must read title (optional, first), then p1, p2, … so the margin numbers match the ids. */
function checkIds(specs: readonly BlockSpec[]): string[] {
  const problems: string[] = [];
  let expected = 1;
  for (const [index, spec] of specs.entries()) {
    if (spec.id === "title") {
      if (index !== 0 || spec.kind !== "title") problems.push(`blocks[${index}]: only the first block may be the title`);
      continue;
    }
    if (spec.kind === "title") problems.push(`blocks[${index}] (${spec.id}): a title block must have the id "title"`);
    if (spec.id !== `p${expected}`) problems.push(`blocks[${index}]: expected id p${expected}, found ${spec.id}`);
    expected += 1;
  }
  return problems;
}

/** Removes page furniture exactly as listed; each piece must occur exactly once. */
export function removeChrome(seed: string, pieces: readonly string[]): { text: string; problems: string[] } {
  let text = seed;
  const problems: string[] = [];
  for (const piece of pieces) {
    const count = text.split(piece).length - 1;
    if (count !== 1) {
      problems.push(`removed text occurs ${count} times in the seed (expected once): "${piece.slice(0, 40)}"`);
      continue;
    }
    text = text.replace(piece, () => "");
  }
  return { text, problems };
}

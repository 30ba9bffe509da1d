import type { ArticleBlock } from "./blocks";
import type { PassageRef } from "./schemas";

/** Where a quoted passage sits in its block (offsets into the block's text), or null if absent. */
export type Located = { block: ArticleBlock; start: number; end: number };

export function locatePassage(blocks: readonly ArticleBlock[], ref: PassageRef): Located | null {
  const block = blocks.find((candidate) => candidate.id === ref.block);
  if (!block) return null;
  let start = -1;
  for (let found = 0; found < ref.occurrence; found += 1) {
    start = block.text.indexOf(ref.quote, start + 1);
    if (start === -1) return null;
  }
  return { block, start, end: start + ref.quote.length };
}

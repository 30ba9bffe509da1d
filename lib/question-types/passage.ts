import type { Highlight } from "./passage-value";
import type { BlockTexts, ValueProblem } from "./problems";

export type { Highlight } from "./passage-value";

/** Each passage within its block, and, given the article, at offsets that hold the words it quotes. */
export function passagesFit(passages: readonly Highlight[], blocks: BlockTexts | undefined): boolean {
  return passages.every((passage) => {
    if (passage.end <= passage.start) return false;
    if (!blocks) return true;
    const blockText = blocks.get(passage.block);
    return blockText !== undefined && passage.end <= blockText.length && blockText.slice(passage.start, passage.end) === passage.quote;
  });
}

/** No more passages than the question allows, each where it claims to be. */
export function checkPassages(passages: readonly Highlight[], max: number, blocks: BlockTexts | undefined): ValueProblem | null {
  if (passages.length > max) return { code: "TOO_MANY_PASSAGES", max };
  return passagesFit(passages, blocks) ? null : { code: "INVALID_INPUT" };
}

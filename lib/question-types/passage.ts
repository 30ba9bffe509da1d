import { isControlBlock } from "@/lib/content/controls";
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

/**
 * No more passages than the question allows, each where it claims to be. `controls`: the control
 * excerpts' texts, for the one question that shows them (technique); any other refuses a passage
 * in one with its own code, so the learner is told why.
 */
export function checkPassages(passages: readonly Highlight[], max: number, blocks: BlockTexts | undefined, controls?: BlockTexts): ValueProblem | null {
  if (passages.length > max) return { code: "TOO_MANY_PASSAGES", max };
  if (!controls && passages.some((passage) => isControlBlock(passage.block))) return { code: "CONTROL_EXCERPT" };
  return passagesFit(passages, blocks && controls ? new Map([...blocks, ...controls]) : blocks) ? null : { code: "INVALID_INPUT" };
}

import type { ArticleBlock } from "./blocks";
import { locatePassage } from "./passages";
import type { AnnotationFile, CleanPassage } from "./schemas";

/**
 * The clean passages of a reference annotation (issue 27, discernment): the article's neutral
 * sentences, and the control excerpts, short neutral texts on the same events that are not part of
 * the article. The technique exercise shows the excerpts apart from the article, each in a block
 * of its own (x1, x2, …) whose text is the excerpt's French, so that a learner's highlight in one
 * is, like any other, offsets into a known text. Pure and client-safe.
 */

const CONTROL_BLOCK = /^x\d+$/;

/** A control excerpt's block (x1, x2, …), never one of the article's. */
export const isControlBlock = (block: string) => CONTROL_BLOCK.test(block);

export type ControlExcerpt = Extract<CleanPassage, { sources: string[] }>;

export const isExcerpt = (passage: CleanPassage): passage is ControlExcerpt => "sources" in passage;

/** The control excerpts of an article's annotation, in the order the file gives them. */
export const controlExcerpts = (annotation: AnnotationFile | undefined): ControlExcerpt[] => (annotation?.clean ?? []).filter(isExcerpt);

/** The text of each control block, by block id: what the server checks a highlight in one against. */
export const controlTexts = (annotation: AnnotationFile | undefined): ReadonlyMap<string, string> =>
  new Map(controlExcerpts(annotation).map((excerpt) => [excerpt.block, excerpt.fr]));

/** A clean passage where it sits: offsets into its block's text (an excerpt is the whole of its block). */
export type CleanItem = { id: string; block: string; start: number; end: number; quote: string };

export function cleanItems(blocks: readonly ArticleBlock[], annotation: AnnotationFile | undefined): CleanItem[] {
  return (annotation?.clean ?? []).flatMap((passage): CleanItem[] => {
    if (isExcerpt(passage)) return [{ id: passage.id, block: passage.block, start: 0, end: passage.fr.length, quote: passage.fr }];
    const located = locatePassage(blocks, passage);
    return located ? [{ id: passage.id, block: passage.block, start: located.start, end: located.end, quote: passage.quote }] : [];
  });
}

/** A control excerpt's number (x3 → 3), or null for a block of the article. */
export const controlNumber = (block: string): number | null => (isControlBlock(block) ? Number(block.slice(1)) : null);

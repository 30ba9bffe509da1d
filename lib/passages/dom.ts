import type { Highlight } from "@/lib/question-types/passage";
import { trim } from "./segments";

/**
 * Between the article's DOM and passages (block id + offsets into its verbatim text). Each block's
 * text sits inside an element marked data-text="<block id>"; claim links may split it into several
 * text nodes, so offsets are counted across them.
 */

const textElement = (block: string) => document.querySelector<HTMLElement>(`[data-text="${CSS.escape(block)}"]`);

/** The block's verbatim text, as the page shows it. */
export const blockText = (block: string): string | null => textElement(block)?.textContent ?? null;

/** The text node and offset inside it where a character offset of the block falls. */
function locate(element: HTMLElement, offset: number): { node: Text; offset: number } | null {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let seen = 0;
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (offset <= seen + node.length) return { node, offset: offset - seen };
    seen += node.length;
    last = node;
  }
  return last && offset === seen ? { node: last, offset: last.length } : null;
}

export function rangeFor(passage: Pick<Highlight, "block" | "start" | "end">): Range | null {
  const element = textElement(passage.block);
  return element && rangeIn(element, passage.start, passage.end);
}

/** The range of characters start…end of a data-text element's text, across the text nodes claim links split it into. */
export function rangeIn(element: HTMLElement, startOffset: number, endOffset: number): Range | null {
  const start = locate(element, startOffset);
  const end = locate(element, endOffset);
  if (!start || !end) return null;
  const range = document.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  return range;
}

/** A DOM boundary inside a block as a character offset into its text. */
function charOffset(element: HTMLElement, container: Node, offset: number): number {
  const before = document.createRange();
  before.setStart(element, 0);
  before.setEnd(container, offset);
  return before.toString().length;
}

/** The passages a text selection covers: one per block it touches, trimmed of outer spaces. */
export function passagesFromSelection(selection: Selection | null): Highlight[] {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return [];
  const range = selection.getRangeAt(0);
  const passages: Highlight[] = [];
  for (const element of document.querySelectorAll<HTMLElement>("[data-text]")) {
    const block = element.dataset.text;
    if (!block || !range.intersectsNode(element)) continue;
    const text = element.textContent ?? "";
    const start = element.contains(range.startContainer) ? charOffset(element, range.startContainer, range.startOffset) : 0;
    const end = element.contains(range.endContainer) ? charOffset(element, range.endContainer, range.endOffset) : text.length;
    const trimmed = trim({ start, end, text: text.slice(start, end) });
    if (trimmed.end > trimmed.start) passages.push({ block, start: trimmed.start, end: trimmed.end, quote: trimmed.text });
  }
  return passages;
}

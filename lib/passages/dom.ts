import type { Highlight } from "@/lib/answers/values";
import { trim } from "./segments";

/**
 * Between the article's DOM and passages (block id + offsets into its verbatim text). Each block's
 * text is one text node inside an element marked data-text="<block id>", so DOM offsets are the
 * stored text's offsets.
 */

const textElement = (block: string) => document.querySelector<HTMLElement>(`[data-text="${CSS.escape(block)}"]`);

export function blockTextNode(block: string): Text | null {
  const node = textElement(block)?.firstChild;
  return node && node.nodeType === Node.TEXT_NODE ? (node as Text) : null;
}

export function rangeFor(passage: Pick<Highlight, "block" | "start" | "end">): Range | null {
  const node = blockTextNode(passage.block);
  if (!node || passage.end > node.length) return null;
  const range = document.createRange();
  range.setStart(node, passage.start);
  range.setEnd(node, passage.end);
  return range;
}

/** A DOM boundary (container + offset) as a character offset into one block's text. */
function charOffset(element: HTMLElement, container: Node, offset: number, fallback: number): number {
  const text = element.firstChild;
  if (container === text) return offset;
  if (container === element) return offset === 0 ? 0 : (text?.textContent?.length ?? 0);
  return fallback;
}

/** The passages a text selection covers: one per block it touches, trimmed of outer spaces. */
export function passagesFromSelection(selection: Selection | null): Highlight[] {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return [];
  const range = selection.getRangeAt(0);
  const passages: Highlight[] = [];
  for (const element of document.querySelectorAll<HTMLElement>("[data-text]")) {
    const node = element.firstChild;
    const block = element.dataset.text;
    if (!node || !block || !range.intersectsNode(node)) continue;
    const text = node.textContent ?? "";
    const start = element.contains(range.startContainer) ? charOffset(element, range.startContainer, range.startOffset, 0) : 0;
    const end = element.contains(range.endContainer) ? charOffset(element, range.endContainer, range.endOffset, text.length) : text.length;
    const trimmed = trim({ start, end, text: text.slice(start, end) });
    if (trimmed.end > trimmed.start) passages.push({ block, start: trimmed.start, end: trimmed.end, quote: trimmed.text });
  }
  return passages;
}

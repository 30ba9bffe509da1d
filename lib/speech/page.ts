import { rangeIn } from "@/lib/passages/dom";
import type { ReadBlock, ReadItem } from "./player";

/**
 * The read-aloud player's side of the page: which blocks there are to read, and showing the
 * sentence being read. The verbatim text is never rewrapped (passages and claims are offsets into
 * its text nodes): the sentence is painted with the CSS Custom Highlight API, or, in a browser
 * without it, its paragraph is marked with data-reading.
 */

export const READING_HIGHLIGHT = "reading";

/**
 * The blocks under `root` to read, in the page's order: each block of the article (the text of its
 * data-text element, in French), and after it its working translation when the reader's view
 * shows it (in English, as `<block id>:en`).
 */
export function blocksIn(root: ParentNode): ReadBlock<HTMLElement>[] {
  return [...root.querySelectorAll<HTMLElement>("[data-text], [data-translation] > p")]
    .filter((element) => element.dataset.text !== undefined || element.checkVisibility())
    .map((element) => ({
      blockId: element.dataset.text ?? `${paragraphOf(element).id}:en`,
      text: element.textContent ?? "",
      lang: element.closest<HTMLElement>("[lang]")?.lang || "fr",
      element,
    }));
}

/** What a block belongs to on the page: its numbered paragraph. */
export const paragraphOf = (element: HTMLElement): HTMLElement => element.closest<HTMLElement>("[data-paragraph]") ?? element;

const canHighlight = () => typeof CSS !== "undefined" && "highlights" in CSS;

export function showReading(item: ReadItem<HTMLElement> | null): void {
  document.querySelectorAll("[data-reading]").forEach((element) => element.removeAttribute("data-reading"));
  if (canHighlight()) CSS.highlights.delete(READING_HIGHLIGHT);
  if (!item) return;
  const range = rangeIn(item.block.element, item.start, item.end);
  if (range && canHighlight()) CSS.highlights.set(READING_HIGHLIGHT, new Highlight(range));
  else paragraphOf(item.block.element).setAttribute("data-reading", "");
  keepInView(range?.getBoundingClientRect() ?? paragraphOf(item.block.element).getBoundingClientRect());
}

/** Scrolls the sentence to the upper third of the screen when it is out of sight, smoothly unless motion is reduced. */
function keepInView(rect: DOMRect): void {
  if (rect.top >= 0 && rect.bottom <= window.innerHeight) return;
  const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: smooth ? "smooth" : "auto" });
}

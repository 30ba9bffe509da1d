import type { Page } from "@playwright/test";

/**
 * Selects characters `start` to `end` of an article block's stored text, as a learner's drag
 * would: offsets into the block's whole text, across the claim links and glossary marks that
 * split it into several text nodes.
 */
export async function selectInBlock(page: Page, block: string, start: number, end: number): Promise<void> {
  await page.evaluate(
    ({ block, start, end }) => {
      const element = document.querySelector(`[data-text="${block}"]`)!;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const at = (offset: number): [Node, number] => {
        let seen = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.textContent!.length;
          if (offset <= seen + length) return [node, offset - seen];
          seen += length;
        }
        throw new Error(`offset ${offset} is past the text of ${block}`);
      };
      const range = document.createRange();
      range.setStart(...at(start));
      walker.currentNode = element;
      range.setEnd(...at(end));
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    },
    { block, start, end },
  );
}

/** Selects the first occurrence of `quote` in a block's text. */
export async function selectQuote(page: Page, { block, quote }: { block: string; quote: string }): Promise<void> {
  const text = await page.locator(`[data-text="${block}"]`).evaluate((element) => element.textContent ?? "");
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in ${block}`);
  await selectInBlock(page, block, start, start + quote.length);
}

"use client";

import { useEffect } from "react";

/**
 * Opens a glossary term's definition from its mark in the article text (components/article/
 * article-text.tsx renders the marks and their native popovers in HTML only). One delegated
 * listener on the article: a click, or Enter/Space on a focused mark, shows the popover and puts
 * focus on its close button. When it closes, the browser puts focus back where it was when the
 * popover opened (the Popover API's own focus restoring), so the mark takes focus first: Safari does
 * not focus a clicked link. A modified click still follows the mark's link to the Background tab,
 * as it does without JavaScript.
 */
export function GlossOpener({ root }: Readonly<{ root: string }>) {
  useEffect(() => {
    const article = document.getElementById(root);
    if (!article) return;
    const open = (event: MouseEvent | KeyboardEvent) => {
      const mark = (event.target as Element).closest<HTMLElement>("[data-gloss]");
      const popover = mark && document.getElementById(`gloss-${mark.dataset.gloss}`);
      if (!popover || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      if (event instanceof KeyboardEvent && event.key !== " ") return;
      event.preventDefault();
      mark.focus();
      popover.showPopover();
      popover.querySelector("button")?.focus();
    };
    article.addEventListener("click", open);
    article.addEventListener("keydown", open);
    return () => {
      article.removeEventListener("click", open);
      article.removeEventListener("keydown", open);
    };
  }, [root]);
  return null;
}

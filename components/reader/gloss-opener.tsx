"use client";

import { useEffect } from "react";

/**
 * Opens a glossary term's definition from its mark in the article text (components/article/
 * article-text.tsx renders the marks and their native popovers in HTML only). One delegated
 * listener on the article: a click, or Enter/Space on a focused mark, shows the popover and puts
 * focus on its close button; when it closes, focus goes back to the mark. A modified click still
 * follows the mark's link to the Background tab, as it does without JavaScript.
 */
export function GlossOpener({ root }: Readonly<{ root: string }>) {
  useEffect(() => {
    const article = document.getElementById(root);
    if (!article) return;
    let opener: HTMLElement | null = null;
    const open = (event: MouseEvent | KeyboardEvent) => {
      const mark = (event.target as Element).closest<HTMLElement>("[data-gloss]");
      const popover = mark && document.getElementById(`gloss-${mark.dataset.gloss}`);
      if (!popover || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      if (event instanceof KeyboardEvent && event.key !== " ") return;
      event.preventDefault();
      opener = mark;
      popover.showPopover();
      popover.querySelector("button")?.focus();
    };
    const closed = (event: Event) => {
      const popover = event.target as HTMLElement;
      if ((event as ToggleEvent).newState !== "closed" || !popover.classList.contains("gloss-popover") || !opener) return;
      const active = document.activeElement;
      if (!active || active === document.body || popover.contains(active)) opener.focus();
      opener = null;
    };
    article.addEventListener("click", open);
    article.addEventListener("keydown", open);
    article.addEventListener("toggle", closed, true);
    return () => {
      article.removeEventListener("click", open);
      article.removeEventListener("keydown", open);
      article.removeEventListener("toggle", closed, true);
    };
  }, [root]);
  return null;
}

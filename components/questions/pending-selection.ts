"use client";

import { useEffect, useSyncExternalStore } from "react";
import type { Highlight } from "@/lib/question-types/passage";
import { passagesFromSelection } from "@/lib/passages/dom";

/**
 * The passage the learner last selected in the article, kept after the browser's selection goes
 * away (tapping "Add" on a phone collapses it). A click inside the article text clears it.
 */
let pending: Highlight[] = [];
const listeners = new Set<() => void>();
let trackers = 0;

const notify = () => listeners.forEach((listener) => listener());

function onSelectionChange() {
  const selection = document.getSelection();
  const passages = passagesFromSelection(selection);
  if (passages.length > 0) {
    pending = passages;
    notify();
  } else if (selection?.isCollapsed && selection.anchorNode?.parentElement?.closest("[data-text]") && pending.length > 0) {
    pending = [];
    notify();
  }
}

export function clearPendingSelection() {
  pending = [];
  notify();
}

/** The current pending passages; installs one selection listener for the whole page. */
export function usePendingSelection(): Highlight[] {
  useEffect(() => {
    if (trackers++ === 0) {
      document.addEventListener("selectionchange", onSelectionChange);
      onSelectionChange(); // a passage selected while the page was still loading counts too
    }
    return () => {
      if (--trackers === 0) document.removeEventListener("selectionchange", onSelectionChange);
    };
  }, []);
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => pending,
    () => pending,
  );
}

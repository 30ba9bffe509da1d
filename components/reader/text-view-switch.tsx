"use client";

import { useSyncExternalStore } from "react";
import { defaultTextView, parseTextView, TEXT_VIEW_STORAGE_KEY, TEXT_VIEWS, type TextView } from "@/lib/reader/text-view";

/** Tells this tab's switches that the view changed (another switch, the same page). */
const CHANGED = "recits-croises:text-view";

const subscribe = (onChange: () => void) => {
  window.addEventListener(CHANGED, onChange);
  return () => window.removeEventListener(CHANGED, onChange);
};

/**
 * Original only / translation under each paragraph / translation beside: a radio group that sets
 * <html data-text-view> (the CSS shows the view) and remembers the choice in this browser. Needs
 * JavaScript; without it the page keeps its language's default view and the group is hidden.
 */
export function TextViewSwitch({ locale, labels }: Readonly<{ locale: string; labels: { legend: string; hint: string } & Record<TextView, string> }>) {
  const fallback = defaultTextView(locale);
  const view = useSyncExternalStore(
    subscribe,
    () => parseTextView(document.documentElement.dataset.textView) ?? fallback,
    () => fallback,
  );
  const choose = (next: TextView) => {
    document.documentElement.setAttribute("data-text-view", next);
    try {
      localStorage.setItem(TEXT_VIEW_STORAGE_KEY, next);
    } catch {
      // Storage refused (private mode, full): the view still changes for this page.
    }
    window.dispatchEvent(new Event(CHANGED));
  };
  return (
    <fieldset className="needs-js mb-4 font-sans text-sm" aria-describedby="text-view-hint">
      <legend className="float-left mr-2 py-1 font-medium">{labels.legend}</legend>
      <div className="flex flex-wrap gap-1">
        {TEXT_VIEWS.map((option) => (
          <label key={option} className="view-option">
            <input type="radio" name="text-view" value={option} checked={view === option} onChange={() => choose(option)} className="sr-only" />
            <span>{labels[option]}</span>
          </label>
        ))}
      </div>
      <p id="text-view-hint" className="mt-1 text-xs text-muted">
        {labels.hint}
      </p>
    </fieldset>
  );
}

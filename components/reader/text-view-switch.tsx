"use client";

import { useSyncExternalStore } from "react";
import { readDisplayAttributes, saveDisplaySettings } from "@/lib/display/settings";
import { defaultTextView, TEXT_VIEWS, textViewOf, type TextView } from "@/lib/reader/text-view";

/** Tells this tab's switches that the view changed. */
const CHANGED = "recits-croises:text-view";

const subscribe = (onChange: () => void) => {
  window.addEventListener(CHANGED, onChange);
  return () => window.removeEventListener(CHANGED, onChange);
};

/**
 * Original only / translation under each paragraph / translation beside: a radio group that
 * saves the display setting `textView` (lib/reader/text-view.ts), which <html data-text-view>
 * carries and the CSS shows. Needs JavaScript; without it the page keeps its language's view and
 * the group is hidden.
 */
export function TextViewSwitch({ locale, labels }: Readonly<{ locale: string; labels: { legend: string; hint: string } & Record<TextView, string> }>) {
  const view = useSyncExternalStore(
    subscribe,
    () => textViewOf(readDisplayAttributes(document.documentElement).textView, locale),
    () => defaultTextView(locale),
  );
  const choose = (next: TextView) => {
    saveDisplaySettings({ ...readDisplayAttributes(document.documentElement), textView: next });
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

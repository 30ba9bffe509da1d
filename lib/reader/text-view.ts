import type { DisplaySettings } from "@/lib/display/settings";

/**
 * How the reader shows an article beside its working translation: the original only, the
 * translation under each paragraph, or beside it. A display setting (lib/display/settings.ts
 * `textView`): remembered in this browser and put on <html data-text-view> before the page paints;
 * the CSS does the rest (app/globals.css). Left to "auto", English pages show the translation under
 * the original and French pages the original only. Client-safe.
 */

export const TEXT_VIEWS = ["original", "under", "beside"] as const;
export type TextView = (typeof TEXT_VIEWS)[number];

export const defaultTextView = (locale: string): TextView => (locale === "en" ? "under" : "original");

/** The view a page shows: the learner's, or its language's. */
export const textViewOf = (setting: DisplaySettings["textView"], locale: string): TextView => (setting === "auto" ? defaultTextView(locale) : setting);

/**
 * How the reader shows an article beside its working translation: the original only, the
 * translation under each paragraph, or beside it. Remembered per browser (localStorage) and set
 * on <html data-text-view> before the page paints; the CSS does the rest (app/globals.css). With
 * nothing chosen, English pages show the translation under the original and French pages the
 * original only. Client-safe.
 */

export const TEXT_VIEWS = ["original", "under", "beside"] as const;
export type TextView = (typeof TEXT_VIEWS)[number];

export const TEXT_VIEW_STORAGE_KEY = "recits-croises:text-view";

export const defaultTextView = (locale: string): TextView => (locale === "en" ? "under" : "original");

/** A stored value, or null for anything that is not a view (an old or tampered value). */
export const parseTextView = (value: unknown): TextView | null => (TEXT_VIEWS.includes(value as TextView) ? (value as TextView) : null);

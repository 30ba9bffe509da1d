/**
 * The background panel's sections. Each is its own route (…/background, …/background/timeline, …),
 * so a reader pays only for the section they open: the timeline and the sources are long.
 */
export const BACKGROUND_SECTIONS = ["overview", "timeline", "figures", "glossary", "sources", "techniques"] as const;
export type BackgroundSection = (typeof BACKGROUND_SECTIONS)[number];

export const isBackgroundSection = (value: string): value is BackgroundSection => (BACKGROUND_SECTIONS as readonly string[]).includes(value);

/** Where a section opens beside an article; the overview has the plain …/background address. */
export function backgroundHref(slug: string, section: BackgroundSection = "overview", anchor?: string): string {
  const path = section === "overview" ? `/articles/${slug}/background` : `/articles/${slug}/background/${section}`;
  return anchor ? `${path}#${anchor}` : path;
}

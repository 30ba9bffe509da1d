/** Where a correction was made, as a reader names it: a part of the site, and the article if any. */
export const ARTICLE_PARTS = ["claims", "questions", "annotations", "article"] as const;
export const SITE_PARTS = ["overview", "timeline", "figures", "glossary", "sources", "sourceCards", "comparison", "places", "techniques"] as const;

export type CorrectionPlace =
  | { part: (typeof ARTICLE_PARTS)[number]; slug: string }
  | { part: (typeof SITE_PARTS)[number] }
  | { part: "other"; file: string };

const BY_FILE: Record<string, (typeof SITE_PARTS)[number]> = {
  "background/overview.yaml": "overview",
  "background/timeline.yaml": "timeline",
  "background/figures.yaml": "figures",
  "background/glossary.yaml": "glossary",
  "source-cards.yaml": "sourceCards",
  "comparison.yaml": "comparison",
  "places.yaml": "places",
  "techniques.yaml": "techniques",
};

/** `where` is a path under content/, e.g. "claims/main-des-americains.yaml". */
export function correctionPlace(where: string): CorrectionPlace {
  const site = BY_FILE[where];
  if (site) return { part: site };
  if (where.startsWith("sources/")) return { part: "sources" };
  const perArticle = /^(claims|questions|annotations)\/([a-z0-9-]+)\.yaml$/.exec(where);
  if (perArticle) return { part: perArticle[1] as "claims" | "questions" | "annotations", slug: perArticle[2]! };
  const meta = /^articles\/([a-z0-9-]+)\/meta\.yaml$/.exec(where);
  if (meta) return { part: "article", slug: meta[1]! };
  return { part: "other", file: where };
}

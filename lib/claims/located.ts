import type { Article, Content } from "@/lib/content";
import { locatePassage } from "@/lib/content/passages";
import type { Claim } from "@/lib/content/schemas";

export type LocatedClaim = Claim & { start: number; end: number; number: number | null };

/** The article's claims with their place in the text (content:check guarantees each is found). */
export function locatedClaims(article: Article, content: Content): LocatedClaim[] {
  return (content.claims[article.slug]?.claims ?? []).flatMap((claim) => {
    const located = locatePassage(article.blocks, claim);
    return located ? [{ ...claim, start: located.start, end: located.end, number: located.block.number }] : [];
  });
}

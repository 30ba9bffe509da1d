import type { Content } from "@/lib/content";

/**
 * Numbers for the background's sources, in order of first citation (overview, timeline, figures,
 * glossary), so [1], [2]… read in order down the panel and match the numbered list at its end.
 */
export function citationNumbers(background: Content["background"]): Map<string, number> {
  const numbers = new Map<string, number>();
  const cite = (ids: readonly string[]) => ids.forEach((id) => numbers.has(id) || numbers.set(id, numbers.size + 1));
  background.overview.forEach((item) => cite(item.sources));
  background.timeline.forEach((event) => cite(event.sources));
  background.figures.forEach((series) => series.points.forEach((point) => cite(point.sources)));
  background.glossary.forEach((entry) => cite(entry.sources));
  return numbers;
}

import { countDetections, discernment, type Discernment } from "./discernment";

/**
 * Which items of the highlighting exercise a learner flagged (issue 27, discernment). Each span of
 * the reference annotation is a signal item, each clean passage (a neutral sentence of the
 * article, a control excerpt) a noise item; a learner's highlight flags an item when it overlaps
 * it, whatever technique it names: the question here is whether the learner sees manipulation
 * where there is some and none where there is none (the overlap scores beside judge the labels).
 *
 * "Overlaps" means at least MIN_OVERLAP characters in common (or the whole item, when it is
 * shorter). One character is not enough: a selection dragged a little past the end of a span
 * spills onto the next sentence by a space or a letter, and that slip of the hand would count as
 * a false alarm on a passage the learner never meant to mark. Four characters is a short word
 * ("USA", "OTAN" and a space): a learner who marks one word of a passage has flagged it.
 */
export const MIN_OVERLAP = 4;

export type FlagItem = { id: string; block: string; start: number; end: number; technique: string | null };
export type Mark = { block: string; start: number; end: number };

export type FlagReport = {
  /** Every signal item against every noise item. */
  overall: Discernment;
  /** Per technique: its signal items against every noise item. */
  byTechnique: Record<string, Discernment>;
  /** The ids of the items the learner flagged. */
  flagged: Set<string>;
};

export function flags(item: FlagItem, mark: Mark): boolean {
  if (item.block !== mark.block) return false;
  const shared = Math.min(item.end, mark.end) - Math.max(item.start, mark.start);
  return shared >= Math.min(MIN_OVERLAP, item.end - item.start) && shared > 0;
}

export function flagReport(items: readonly FlagItem[], marks: readonly Mark[]): FlagReport {
  const flagged = new Set(items.filter((item) => marks.some((mark) => flags(item, mark))).map((item) => item.id));
  const detect = (subset: readonly FlagItem[]) =>
    discernment(countDetections(subset.map((item) => ({ manipulative: item.technique !== null, flagged: flagged.has(item.id) }))));
  const noise = items.filter((item) => item.technique === null);
  const techniques = [...new Set(items.flatMap((item) => item.technique ?? []))].sort();
  return {
    overall: detect(items),
    byTechnique: Object.fromEntries(techniques.map((technique) => [technique, detect([...items.filter((item) => item.technique === technique), ...noise])])),
    flagged,
  };
}

import { cleanItems, controlExcerpts } from "./controls";
import type { Report } from "./guards";
import { locatePassage } from "./passages";
import type { Article } from "./types";
import type { AnnotationFile } from "./schemas";

/**
 * The clean passages of a reference annotation (lib/content/controls.ts) make the highlighting a
 * discernment exercise only if they are truly clean and enough of them: 8 to 12 per article, of
 * which 2 to 4 control excerpts numbered x1, x2, … in order; none overlapping a technique span;
 * ids unique in the file. That an article sentence is quoted verbatim is checked with every
 * passage (./check.ts), and that an excerpt's sources exist with every `sources` list.
 */
export const CLEAN_PASSAGES = { min: 8, max: 12 } as const;
export const CONTROL_EXCERPTS = { min: 2, max: 4 } as const;

export function checkCleanPassages(article: Article, annotation: AnnotationFile, report: Report) {
  const file = `annotations/${article.slug}.yaml`;
  const { clean } = annotation;
  if (clean.length < CLEAN_PASSAGES.min || clean.length > CLEAN_PASSAGES.max) {
    report(file, "clean", `needs ${CLEAN_PASSAGES.min} to ${CLEAN_PASSAGES.max} clean passages, has ${clean.length}`);
  }
  const excerpts = controlExcerpts(annotation);
  if (excerpts.length < CONTROL_EXCERPTS.min || excerpts.length > CONTROL_EXCERPTS.max) {
    report(file, "clean", `needs ${CONTROL_EXCERPTS.min} to ${CONTROL_EXCERPTS.max} control excerpts, has ${excerpts.length}`);
  }
  excerpts.forEach((excerpt, order) => {
    if (excerpt.block !== `x${order + 1}`) report(file, `clean[${clean.indexOf(excerpt)}].block`, `expected x${order + 1}, found ${excerpt.block}`);
  });

  const ids = new Set(annotation.spans.map((span) => span.id));
  clean.forEach((passage, index) => {
    if (ids.has(passage.id)) report(file, `clean[${index}].id`, `"${passage.id}" is used twice`);
    ids.add(passage.id);
  });

  const spans = annotation.spans.flatMap((span) => {
    const located = locatePassage(article.blocks, span);
    return located ? [{ id: span.id, block: span.block, start: located.start, end: located.end }] : [];
  });
  for (const item of cleanItems(article.blocks, annotation)) {
    const clash = spans.find((span) => span.block === item.block && Math.min(span.end, item.end) > Math.max(span.start, item.start));
    if (clash) {
      report(file, `clean[${clean.findIndex((passage) => passage.id === item.id)}]`, `overlaps technique span "${clash.id}": a clean passage must hold no technique`);
    }
  }
}

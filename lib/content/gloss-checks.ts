import type { Report } from "./guards";
import { wordOccurrences, type GlossForms } from "./glosses";

/**
 * A glossary entry's `matches` are forms the articles really write: each occurs, as whole words,
 * in at least one article's text, and no form is listed twice (it could gloss only one entry).
 */
export function checkGlossMatches(entries: readonly GlossForms[], texts: readonly string[], report: Report) {
  const seen = new Map<string, string>();
  entries.forEach((entry, index) =>
    entry.matches?.forEach((form, at) => {
      const field = `[${index}].matches[${at}]`;
      const other = seen.get(form);
      if (other) report("background/glossary.yaml", field, `"${form}" is already listed for "${other}"`);
      seen.set(form, entry.id);
      if (!texts.some((text) => wordOccurrences(text, form).length > 0)) {
        report("background/glossary.yaml", field, `"${form}" does not occur as written in any article`);
      }
    }),
  );
}

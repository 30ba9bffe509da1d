import type { Report } from "./guards";
import { wordOccurrences, type GlossForms } from "./glosses";

/**
 * A glossary entry's `matches` are forms the articles really write: each occurs, as whole words,
 * in at least one article's text, and no form is listed twice (it could gloss only one entry);
 * so does each `unless` phrase, and it contains one of the entry's forms.
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
  entries.forEach((entry, index) =>
    entry.unless?.forEach((phrase, at) => {
      const field = `[${index}].unless[${at}]`;
      if (!texts.some((text) => wordOccurrences(text, phrase).length > 0)) {
        report("background/glossary.yaml", field, `"${phrase}" does not occur as written in any article`);
      }
      if (!entry.matches?.some((form) => wordOccurrences(phrase, form).length > 0)) {
        report("background/glossary.yaml", field, `"${phrase}" contains none of the entry's forms`);
      }
    }),
  );
}

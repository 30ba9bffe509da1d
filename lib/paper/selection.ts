/**
 * The questions a worksheet's address asks for: `?questions=a,b` (a link) or `?questions=a&questions=b`
 * (the page's own form, sent without script), kept in the reading method's order (`keys`, the
 * article's questions). Keys the article does not have are left out; when none is left, or none is
 * asked for, every question.
 */
export function chosenQuestionKeys(requested: string | readonly string[] | undefined, keys: readonly string[]): string[] {
  const asked = new Set((typeof requested === "string" ? [requested] : (requested ?? [])).flatMap((value) => value.split(",")).map((key) => key.trim()));
  const chosen = keys.filter((key) => asked.has(key));
  return chosen.length > 0 ? chosen : [...keys];
}

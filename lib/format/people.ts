/**
 * "Le travail d'Emma", "de Léa", "de l'élève 9"; "Emma's work", "Student 9's": a person named in a
 * sentence, by name or, names hidden, by number. French elides "de" before a vowel or a mute h
 * (first names with an aspirate h are rare enough to be left out). Client-safe.
 */

export type Person = { name: string } | { number: number };

type Translate = (key: "of" | "ofStudent", values: Record<string, string | number>) => string;

export const elides = (word: string): boolean => /^[aeiouhàâäéèêëîïôöùûüœæ]/iu.test(word.trim().normalize("NFC"));

/** With the "people" messages of the page's language. */
export function ofPerson(t: Translate, person: Person): string {
  return "number" in person ? t("ofStudent", { number: person.number }) : t("of", { name: person.name, elide: elides(person.name) ? "yes" : "no" });
}

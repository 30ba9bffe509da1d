/**
 * Students' names within a class: a first name or a nickname, compared the way a child types it.
 * "Zoé", "zoe" and " ZOE " are the same student; the name shown is the one first given. Pure and
 * client-safe (the join form checks with it too).
 */

export const STUDENT_NAME_MAX = 40;

/** Letters that do not decompose under Unicode normalisation but that people type either way. */
const FOLDS: Record<string, string> = { œ: "oe", æ: "ae", ß: "ss", ø: "o", ł: "l", đ: "d", ı: "i" };

/** The name as shown: spaces trimmed and collapsed, composed characters (NFC). */
export const cleanName = (name: string): string => name.normalize("NFC").replace(/\s+/gu, " ").trim();

/** The folded key unique per class (Enrolment.nameKey): no case, no accents, single spaces. */
export function nameKey(name: string): string {
  return cleanName(name)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[œæßøłđı]/gu, (letter) => FOLDS[letter] ?? letter);
}

/**
 * The key two names are "the same" by for people: nameKey without spaces or punctuation, so that
 * "lea m" signs in as "Léa M." and "Jean-Marc" collides with "Jean Marc" in a roster.
 */
export const nameMatchKey = (name: string): string => nameKey(name).replace(/[^\p{L}\p{N}]/gu, "");

/** A first name or nickname: 1 to 40 characters, at least one letter or digit, and no e-mail address. */
export function isValidStudentName(name: string): boolean {
  const clean = cleanName(name);
  return clean.length >= 1 && clean.length <= STUDENT_NAME_MAX && /[\p{L}\p{N}]/u.test(clean) && !clean.includes("@") && !/\p{Cc}/u.test(clean);
}

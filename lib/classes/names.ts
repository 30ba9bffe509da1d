import { isSingleScript } from "./scripts";

/**
 * Students' names within a class: a first name or a nickname, compared the way a child types it.
 * "Zoé", "zoe" and " ZOE " are the same student; the name shown is the one first given. Pure and
 * client-safe. A name that only looks like a classmate's is ./lookalikes.ts's (server-side).
 */

export const STUDENT_NAME_MAX = 40;

/**
 * Characters that show nothing or steer the text rather than write it: zero-width spaces and
 * joiners, soft hyphens, byte-order marks, direction overrides (U+202E makes "aél" read "léa").
 * They are taken out of every name, so no two names differ by what the eye cannot see.
 */
const FORMAT_CHARACTERS = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

/** Letters that do not decompose under Unicode normalisation but that people type either way. */
const FOLDS: Record<string, string> = { œ: "oe", æ: "ae", ß: "ss", ø: "o", ł: "l", đ: "d", ı: "i" };

/** The name as shown: format characters out, spaces trimmed and collapsed, composed characters (NFC). */
export const cleanName = (name: string): string => name.replace(FORMAT_CHARACTERS, "").normalize("NFC").replace(/\s+/gu, " ").trim();

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

/** Why a name is not one the app takes, as the roster names it to the teacher (ROSTER problems). */
export type NameFault = "email" | "tooLong" | "noLetter" | "control" | "mixedScripts";

/**
 * A first name or nickname: 1 to 40 characters, at least one letter or digit, no e-mail address,
 * no control character, and letters of one writing system (UTS #39 single script): "Лена" or
 * "Ζωή" are names, "L\u0435a" with a Cyrillic е is a Latin name in disguise.
 */
export function nameFault(name: string): NameFault | null {
  const clean = cleanName(name);
  if (clean.includes("@")) return "email";
  if (clean.length > STUDENT_NAME_MAX) return "tooLong";
  if (/\p{Cc}/u.test(clean)) return "control";
  if (!/[\p{L}\p{N}]/u.test(clean)) return "noLetter";
  if (!isSingleScript(clean)) return "mixedScripts";
  return null;
}

export const isValidStudentName = (name: string): boolean => nameFault(name) === null;

/** The error a student sees for a name's fault (errors.codes): a mix of alphabets is explained on its own. */
export const nameFaultCode = (fault: NameFault) => (fault === "mixedScripts" ? "NAME_MIXED_SCRIPTS" : "NAME_INVALID");

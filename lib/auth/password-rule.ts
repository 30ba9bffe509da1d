import "server-only";
import { dictionary } from "@zxcvbn-ts/language-common";

/**
 * What a new password must not be, beyond its length (ASVS 2.1.7): one of the passwords people
 * use most, or the account's own words (a name, an address, the class code, the app's name). The
 * one rule for every place a password is chosen: the forms' schemas, better-auth's endpoints
 * (./password-guard.ts) and a student joining a class. Server-only: the list weighs 380 KB.
 *
 * The list is zxcvbn-ts's "passwords-common" (MIT): 49,233 passwords ranked by how often they
 * appear in leaked password sets. A password is looked up as typed (without case) and without the
 * digits and symbols around it, so "Password1!" and "mot-de-passe-1" read as "password" and
 * "motdepasse". Four random words ("tigre-nuage-pomme-vent") are never in it.
 */

export type PasswordProblem = "PASSWORD_TOO_COMMON" | "PASSWORD_LIKE_ACCOUNT";

/** Words every account shares: the app's own name. */
const APP_WORDS = ["Récits croisés"];

/** Fewer different characters than this ("aaaaaaaa", "abababab") is guessed as fast as a listed password. */
const MIN_DISTINCT_CHARACTERS = 3;

let common: ReadonlySet<string> | undefined;
/** The list, as a set, built on first use (about 20 ms). */
export const commonPasswords = (): ReadonlySet<string> => (common ??= new Set(dictionary["passwords-common"]));

/** Lower case, without accents, letters and digits only: how a word is compared with a password. */
const fold = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");

/** The forms a password is looked up in: as typed, its letters and digits, each with what surrounds its letters taken away. */
function readings(password: string): Set<string> {
  const typed = password.toLowerCase();
  const folded = fold(password);
  return new Set([typed, typed.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ""), folded, folded.replace(/^\p{N}+|\p{N}+$/gu, "")].filter(Boolean));
}

/** The account's words as a password could repeat them: each whole, each word of 3 letters or more, an address's local part. */
function accountWords(context: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const text of [...context, ...APP_WORDS]) {
    const local = text.includes("@") ? text.slice(0, text.lastIndexOf("@")) : undefined;
    for (const part of [text, local, ...text.split(/[^\p{L}\p{N}]+/u)]) {
      const folded = part === undefined ? "" : fold(part);
      if (folded.length >= 3) words.add(folded);
    }
  }
  return words;
}

/**
 * Why `password` may not be chosen, or null. `context`: the account's own words (name, e-mail
 * address, class code). Says PASSWORD_LIKE_ACCOUNT first: a name that is also a common password
 * ("nicolas") is better explained as the name.
 */
export function passwordProblem(password: string, context: readonly string[] = []): PasswordProblem | null {
  const folded = fold(password);
  // An account word with digits added around it ("durand2024", "ab3d5f-12") is that word.
  if ([...accountWords(context)].some((word) => folded.includes(word) && folded.replace(word, "").replace(/\p{N}/gu, "") === ""))
    return "PASSWORD_LIKE_ACCOUNT";
  const forms = readings(password);
  const list = commonPasswords();
  if ([...forms].some((form) => list.has(form)) || new Set(password.toLowerCase()).size < MIN_DISTINCT_CHARACTERS) return "PASSWORD_TOO_COMMON";
  return null;
}

import { createHmac, randomInt } from "node:crypto";
import { RECOVERY_CODES } from "@/lib/config";

/**
 * What a recovery code looks like, how a typed one is read, and what is stored of it. Pure but for
 * the CSPRNG (unit-tested); the table and the password reset are ./recovery-codes.ts's.
 *
 * Stored: an HMAC-SHA256 of the code keyed with the server's secret (BETTER_AUTH_SECRET), bound to
 * its account. Not better-auth's password hasher (scrypt), on purpose: a code is 58 random bits, not
 * a word a person chose, so a slow hash adds nothing a guesser would feel, while checking one typed
 * code against ten scrypt hashes would cost half a second of the server's time on a form anyone can
 * post. With the key, the stored hashes alone (a stolen backup) cannot even be tried offline.
 */

const { alphabet, groups, groupLength, count } = RECOVERY_CODES;
const LENGTH = groups * groupLength;

/** One code, "k7mq-x3rf-9dte": each character drawn uniformly from the alphabet by the platform's CSPRNG. */
export function generateRecoveryCode(): string {
  const characters = Array.from({ length: LENGTH }, () => alphabet[randomInt(alphabet.length)]!).join("");
  return formatRecoveryCode(characters);
}

/** A fresh set of codes, all different. */
export function generateRecoveryCodes(): string[] {
  const codes = new Set<string>();
  while (codes.size < count) codes.add(generateRecoveryCode());
  return [...codes];
}

/** The code's characters in groups, as it is shown and printed. */
export const formatRecoveryCode = (characters: string): string =>
  Array.from({ length: groups }, (_, index) => characters.slice(index * groupLength, (index + 1) * groupLength)).join("-");

/**
 * A typed code as stored, or null when it cannot be one: read leniently (capitals, spaces and
 * dashes of any kind do not matter), so "K7MQ X3RF 9DTE" is "k7mqx3rf9dte".
 */
export function normaliseRecoveryCode(typed: string): string | null {
  const characters = typed
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{Pd}_.]+/gu, "");
  if (characters.length !== LENGTH) return null;
  return [...characters].every((character) => alphabet.includes(character)) ? characters : null;
}

/** What is stored of `code` (normalised) for `userId`: an HMAC keyed with the server's secret. */
export const hashRecoveryCode = (secret: string, userId: string, code: string): string =>
  createHmac("sha256", secret).update(`recovery-code:${userId}:${code}`).digest("base64url");

/**
 * Class join codes: six characters a class can read off a projector and type on a phone. The
 * alphabet leaves out 0/O, 1/I/L and U/V lookalikes; typed codes are read leniently (case,
 * spaces, dashes). 28⁶ ≈ 480 million codes, unique in the database (Class.joinCode).
 */
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTWXYZ2345679";
export const JOIN_CODE_LENGTH = 6;

/** A uniform random index below `size` (≤ 256), from the platform's CSPRNG (Node and browsers alike). */
export function randomIndex(size: number): number {
  const limit = 256 - (256 % size);
  const byte = new Uint8Array(1);
  do crypto.getRandomValues(byte);
  while (byte[0]! >= limit);
  return byte[0]! % size;
}

export function generateJoinCode(): string {
  return Array.from({ length: JOIN_CODE_LENGTH }, () => JOIN_CODE_ALPHABET[randomIndex(JOIN_CODE_ALPHABET.length)]).join("");
}

/** What a student typed, as stored: upper case, without spaces or dashes. */
export const normaliseJoinCode = (typed: string): string => typed.toUpperCase().replace(/[\s-]+/gu, "");

/** "ABC-DEF": easier to read aloud and to copy in two halves. */
export const formatJoinCode = (code: string): string => `${code.slice(0, 3)}-${code.slice(3)}`;

import "server-only";
import confusables from "./confusables.json";
import { cleanName, nameMatchKey } from "./names";

/**
 * Names that look the same without being the same: "Νοα" in Greek letters beside "Noa", "Léɑ"
 * with a Latin alpha beside "Léa". Two names are lookalikes when their UTS #39 skeletons match
 * (each character replaced by the one it is confusable with, from Unicode's confusables.txt:
 * ./confusables.json, scripts/build-confusables.ts), compared as nameMatchKey compares names.
 * Server-side: the table weighs 80 KB.
 *
 * ASCII is left as it is: UTS #39 also reads "m" as "rn", "d" as "cl" and "0" as "O", which
 * would set Ema against Erna; what disguises a classmate's name in a class is another alphabet's
 * letters and invisible characters (names.ts takes those out).
 */

const MAP: Readonly<Record<string, string>> = confusables.map;

/** UTS #39's skeleton, ASCII kept: NFD, each character mapped, NFD again. */
const skeleton = (text: string): string =>
  [...text.normalize("NFD")]
    .map((character) => MAP[character] ?? character)
    .join("")
    .normalize("NFD");

/** The key lookalike names share (a name's nameMatchKey is the same for names that are simply the same). */
export const lookalikeKey = (name: string): string => nameMatchKey(skeleton(cleanName(name)));

import type { AppLocale } from "@/lib/config";
import { randomIndex } from "./codes";
import { ENGLISH_WORDS, FRENCH_WORDS } from "./words";

/**
 * A password a child can read, remember and type: four words in the interface's language,
 * separated by dashes ("tigre-nuage-pomme-vent"). Client-safe: the join form suggests one in the
 * browser, and the teacher's roster and password resets make them on the server.
 */
export function suggestPassphrase(locale: AppLocale, words = 4): string {
  const list = locale === "fr" ? FRENCH_WORDS : ENGLISH_WORDS;
  return Array.from({ length: words }, () => list[randomIndex(list.length)]).join("-");
}

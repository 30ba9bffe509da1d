import "server-only";
import { frenchTypography } from "@/lib/format/typography";
import type { AppLocale } from "@/lib/config";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";

export type Messages = typeof fr;

/** Every piece of text in a catalogue; messages compiled at build time are arrays, kept as arrays. */
function typesetTree<T>(value: T): T {
  if (typeof value === "string") return frenchTypography(value) as T;
  if (Array.isArray(value)) return value.map(typesetTree) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, typesetTree(inner)])) as T;
  }
  return value;
}

/** French messages get French typography once, at load, like French content. */
const catalogues: Record<AppLocale, Messages> = { fr: typesetTree(fr), en };

export const messagesFor = (locale: AppLocale): Messages => catalogues[locale];

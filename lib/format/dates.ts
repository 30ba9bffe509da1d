import type { AppLocale } from "@/lib/config";

/**
 * Calendar dates from content ("2022-01-05", or "2022-01" when a source gives only the month),
 * formatted for the reader's language. Parsed and printed in UTC: these are days, not instants.
 */
export function formatDate(iso: string, locale: AppLocale, style: "long" | "short" = "long"): string {
  const [year, month, day] = iso.split("-").map(Number);
  if (!year || !month) return iso;
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = day
    ? { day: "numeric", month: style, year: "numeric", timeZone: "UTC" }
    : { month: "long", year: "numeric", timeZone: "UTC" };
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", options).format(date);
}

export function formatNumber(value: number, locale: AppLocale): string {
  return new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB").format(value);
}

/** A time of day in the reader's language, for "Saved at 14:05". */
export function formatTime(date: Date, locale: AppLocale): string {
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { hour: "2-digit", minute: "2-digit" }).format(date);
}

import { TIME_ZONE, type AppLocale } from "@/lib/config";

/**
 * Calendar dates from content ("2022-01-05", or "2022-01" when a source gives only the month),
 * formatted for the reader's language. Parsed and printed in UTC: these are days, not instants.
 */
function parse(iso: string, style: "long" | "short"): { date: Date; options: Intl.DateTimeFormatOptions } | null {
  const [year, month, day] = iso.split("-").map(Number);
  if (!year || !month) return null;
  const options: Intl.DateTimeFormatOptions = day
    ? { day: "numeric", month: style, year: "numeric", timeZone: "UTC" }
    : { month: "long", year: "numeric", timeZone: "UTC" };
  return { date: new Date(Date.UTC(year, month - 1, day ?? 1)), options };
}

const dateLocale = (locale: AppLocale) => (locale === "fr" ? "fr-FR" : "en-GB");

export function formatDate(iso: string, locale: AppLocale, style: "long" | "short" = "long"): string {
  const parsed = parse(iso, style);
  return parsed ? new Intl.DateTimeFormat(dateLocale(locale), parsed.options).format(parsed.date) : iso;
}

/** "19–23 mars 2019", "28 January – 3 February 2022": the shared month or year is written once. */
export function formatDateRange(fromIso: string, toIso: string, locale: AppLocale): string {
  const [from, to] = [parse(fromIso, "long"), parse(toIso, "long")];
  if (!from || !to || from.options.day !== to.options.day) return `${formatDate(fromIso, locale)} – ${formatDate(toIso, locale)}`;
  return new Intl.DateTimeFormat(dateLocale(locale), from.options).formatRange(from.date, to.date);
}

export function formatNumber(value: number, locale: AppLocale, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(dateLocale(locale), options).format(value);
}

/** A time of day in the reader's language, for "Saved at 14:05". */
export function formatTime(date: Date, locale: AppLocale): string {
  return new Intl.DateTimeFormat(dateLocale(locale), { hour: "2-digit", minute: "2-digit" }).format(date);
}

/**
 * An instant as a spreadsheet reads a date and time without help, in the schools' time zone:
 * "07/12/2026 10:23" for a French Excel (day first), "2026-12-07 10:23" otherwise.
 */
export function formatSpreadsheetDateTime(iso: string | null, locale: AppLocale): string {
  if (!iso) return "";
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: TIME_ZONE,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  return locale === "fr"
    ? `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`
    : `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

import { getLocale, getTranslations } from "next-intl/server";
import type { Article } from "@/lib/content";
import type { AppLocale } from "@/lib/config";
import { formatDate } from "@/lib/format/dates";

/** Outlet, byline as signed, date (and whether it is inferred), kind and reading time. */
export async function Attribution({ article }: Readonly<{ article: Article }>) {
  const [t, locale] = await Promise.all([getTranslations("article"), getLocale() as Promise<AppLocale>]);
  const { outlet, author, published } = article.meta;
  const date = formatDate(published.date, locale);
  const outletName = outlet.name ?? t("unnamedOutlet");
  const items: Array<[string, string]> = [
    [t("outlet"), outlet.unverifiedAttribution ? `${outletName}, ${t("unverifiedAttribution", { name: outlet.unverifiedAttribution })}` : outletName],
    [t("author"), author.signed ?? t("unsigned")],
    [t("date"), published.precision === "inferred" ? t("dateInferred", { date }) : t("dateExact", { date })],
    [t("type"), `${t(`kind.${outlet.kind}`)} · ${t("readingTime", { minutes: article.readingMinutes })}`],
  ];
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 text-sm">
      {items.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-muted">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

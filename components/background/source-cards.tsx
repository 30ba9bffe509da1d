import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/lib/config";
import type { Content } from "@/lib/content";
import { SourceLinks } from "./source-links";

type Props = Readonly<{ slug: string; content: Content; variant: "summary" | "full" }>;

/**
 * Who is speaking in an article: its outlet, its author and the sources it quotes, each with what
 * is documented and what could not be established. A summary at the top of the article; the full
 * cards in the background panel.
 */
export async function SourceCards({ slug, content, variant }: Props) {
  const [t, locale] = await Promise.all([getTranslations("sourceCards"), getLocale() as Promise<AppLocale>]);
  const cards = content.sourceCards.filter((card) => card.articles.includes(slug));
  if (cards.length === 0) return null;
  return (
    <section aria-labelledby={`cards-${variant}`} className={variant === "summary" ? "mt-4 rounded border border-line bg-white px-4 py-3" : "mt-6"}>
      <h2 id={`cards-${variant}`} className={variant === "summary" ? "text-sm font-semibold" : "text-lg font-semibold"}>
        {t("title")}
      </h2>
      <ul className={variant === "summary" ? "mt-2 space-y-2 text-sm" : "mt-3 space-y-4"}>
        {cards.map((card) => (
          <li key={card.id} id={variant === "full" ? `card-${card.id}` : undefined} className={variant === "full" ? "rounded-lg border border-line bg-white p-4 text-sm" : ""}>
            <p className="flex flex-wrap items-center gap-2">
              <span className="font-semibold">{card.name}</span>
              <Badge>{t(`kind.${card.kind}`)}</Badge>
            </p>
            <p className="mt-1 leading-relaxed">{card[locale].summary}</p>
            {variant === "summary" ? (
              <Link href={`/articles/${slug}/background#card-${card.id}`} className="text-xs text-accent underline">
                {t("more")}
              </Link>
            ) : (
              <>
                <h3 className="mt-3 font-semibold">{t("documented")}</h3>
                <ul className="mt-1 list-disc space-y-1 pl-5 leading-relaxed">
                  {card.documented.map((item) => (
                    <li key={item.en}>
                      {item[locale]}
                      <SourceLinks ids={item.sources} sources={content.sources} />
                    </li>
                  ))}
                </ul>
                <h3 className="mt-3 font-semibold">{t("notEstablished")}</h3>
                <ul className="mt-1 list-disc space-y-1 pl-5 leading-relaxed">
                  {card.notEstablished.map((item) => (
                    <li key={item.en}>{item[locale]}</li>
                  ))}
                </ul>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

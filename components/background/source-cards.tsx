import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/i18n/navigation";
import { backgroundHref } from "@/lib/background/sections";
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
  // The summary sits under the article's h1; the full cards under the background panel's h2.
  const [Heading, Subheading] = variant === "summary" ? (["h2", "h3"] as const) : (["h3", "h4"] as const);
  return (
    <section aria-labelledby={`cards-${variant}`} className={variant === "summary" ? "mt-4 rounded border border-line bg-white px-4 py-3" : "mt-6"}>
      <Heading id={`cards-${variant}`} className={variant === "summary" ? "text-sm font-semibold" : "text-lg font-semibold"}>
        {t("title")}
      </Heading>
      <ul className={variant === "summary" ? "mt-2 space-y-2 text-sm" : "mt-3 space-y-4"}>
        {cards.map((card) => (
          <li key={card.id} id={variant === "full" ? `card-${card.id}` : undefined} className={variant === "full" ? "rounded-lg border border-line bg-white p-4 text-sm" : ""}>
            <p className="flex flex-wrap items-center gap-2">
              <span className="font-semibold">{card.name}</span>
              <Badge>{t(`kind.${card.kind}`)}</Badge>
            </p>
            <p className="mt-1 leading-relaxed">{card[locale].summary}</p>
            {variant === "summary" ? (
              <Link href={backgroundHref(slug, "overview", `card-${card.id}`)} className="text-xs text-accent underline">
                {t("more")}
              </Link>
            ) : (
              <>
                <Subheading className="mt-3 font-semibold">{t("documented")}</Subheading>
                <ul className="mt-1 list-disc space-y-1 pl-5 leading-relaxed">
                  {card.documented.map((item) => (
                    <li key={item.en}>
                      {item[locale]}
                      <SourceLinks ids={item.sources} sources={content.sources} />
                    </li>
                  ))}
                </ul>
                <Subheading className="mt-3 font-semibold">{t("notEstablished")}</Subheading>
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

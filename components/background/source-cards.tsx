import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { getPathname } from "@/i18n/navigation";
import { backgroundHref } from "@/lib/background/sections";
import type { AppLocale } from "@/lib/config";
import type { Content } from "@/lib/content";
import type { SourceCard } from "@/lib/content/schemas";
import { SourceLinks } from "./source-links";

/**
 * Who is speaking in an article: its outlet, its author and the sources it quotes, each with what
 * is documented and what could not be established. Named at the top of the article in one line (so
 * the text itself starts high on the screen); in full in the background panel, one click away.
 */
type Props = Readonly<{ slug: string; content: Content }>;

const cardsFor = (slug: string, content: Content) => content.sourceCards.filter((card) => card.articles.includes(slug));

async function CardName({ card }: Readonly<{ card: SourceCard }>) {
  const t = await getTranslations("sourceCards");
  return (
    <>
      <span className="font-semibold">{card.name}</span> <Badge>{t(`kind.${card.kind}`)}</Badge>
    </>
  );
}

export async function SourceCardsSummary({ slug, content }: Props) {
  const [t, locale] = await Promise.all([getTranslations("sourceCards"), getLocale() as Promise<AppLocale>]);
  const cards = cardsFor(slug, content);
  if (cards.length === 0) return null;
  return (
    <section aria-labelledby="cards-summary" className="mt-4 rounded border border-line bg-surface px-4 py-3 text-sm">
      <h2 id="cards-summary" className="inline font-semibold">
        {t("title")}
      </h2>{" "}
      <span className="text-muted">{cards.map((card) => `${card.name} (${t(`kind.${card.kind}`).toLowerCase()})`).join(" · ")}</span>{" "}
      <a href={getPathname({ href: backgroundHref(slug, "overview", "cards-full"), locale })} data-keep-scroll className="text-link">
        {t("more")}
      </a>
    </section>
  );
}

/** The full cards, under the background panel's h2. */
export async function SourceCardsFull({ slug, content }: Props) {
  const [t, locale] = await Promise.all([getTranslations("sourceCards"), getLocale() as Promise<AppLocale>]);
  const cards = cardsFor(slug, content);
  if (cards.length === 0) return null;
  return (
    <section aria-labelledby="cards-full" className="mt-6">
      <h3 id="cards-full" className="text-lg font-semibold">
        {t("title")}
      </h3>
      <ul className="mt-3 space-y-4">
        {cards.map((card) => (
          <li key={card.id} id={`card-${card.id}`} className="rounded-lg border border-line bg-surface p-4 text-sm">
            <p className="flex flex-wrap items-center gap-2">
              <CardName card={card} />
            </p>
            <p className="mt-1 leading-relaxed">{card[locale].summary}</p>
            <h4 className="mt-3 font-semibold">{t("documented")}</h4>
            <ul className="mt-1 list-disc space-y-1 pl-5 leading-relaxed">
              {card.documented.map((item) => (
                <li key={item.en}>
                  {item[locale]}
                  <SourceLinks ids={item.sources} sources={content.sources} />
                </li>
              ))}
            </ul>
            <h4 className="mt-3 font-semibold">{t("notEstablished")}</h4>
            <ul className="mt-1 list-disc space-y-1 pl-5 leading-relaxed">
              {card.notEstablished.map((item) => (
                <li key={item.en}>{item[locale]}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

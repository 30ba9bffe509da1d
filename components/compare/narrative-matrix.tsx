import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/lib/config";
import type { Content } from "@/lib/content";
import { locatePassage } from "@/lib/content/passages";
import { ScrollTable } from "@/components/ui/scroll-table";
import { ShortTitle } from "./short-title";

/** The reference matrix: which article uses which narrative, each filled cell leading to its passages. */
export async function NarrativeMatrix({ content }: Readonly<{ content: Content }>) {
  const [t, locale] = await Promise.all([getTranslations("compare"), getLocale() as Promise<AppLocale>]);
  const { narratives, uses } = content.comparison;
  const use = (article: string, narrative: string) => uses.find((item) => item.article === article && item.narrative === narrative);
  return (
    <>
      <ScrollTable
        className="mt-4"
        minWidth="min-w-[48rem]"
        caption={t("matrixCaption")}
        columns={[
          { label: <span className="sr-only">{t("articleColumn")}</span>, className: "w-48" },
          ...narratives.map((narrative) => ({
            label: (
              <a href={`#n-${narrative.id}`} className="text-ink no-underline hover:underline">
                {narrative[locale].name}
              </a>
            ),
            className: "px-2 py-2 align-bottom font-semibold",
          })),
        ]}
      >
        {content.articles.map((article) => (
          <tr key={article.slug} className="border-b border-line">
            <th scope="row" className="py-2 pr-2 text-left font-medium">
              <ShortTitle article={article} locale={locale} />
            </th>
            {narratives.map((narrative) => {
              const found = use(article.slug, narrative.id);
              return (
                <td key={narrative.id} className={`px-2 py-2 text-center ${found ? "bg-accent-soft" : ""}`}>
                  {found ? (
                    <a href={`#use-${article.slug}-${narrative.id}`} className="font-semibold text-accent-strong">
                      <span aria-hidden="true">{t("yes")}</span>
                      <span className="sr-only">{t("yesSeePassages")}</span>
                    </a>
                  ) : (
                    <span className="text-muted">
                      <span aria-hidden="true">—</span>
                      <span className="sr-only">{t("no")}</span>
                    </span>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </ScrollTable>

      <h2 className="mt-10 text-xl font-semibold">{t("passagesTitle")}</h2>
      {narratives.map((narrative) => (
        <section key={narrative.id} id={`n-${narrative.id}`} aria-labelledby={`n-${narrative.id}-title`} className="mt-6">
          <h3 id={`n-${narrative.id}-title`} className="text-lg font-semibold">
            {narrative[locale].name}
          </h3>
          <p className="text-sm text-muted">{narrative[locale].description}</p>
          <ul className="mt-2 space-y-3">
            {uses
              .filter((item) => item.narrative === narrative.id)
              .map((item) => {
                const article = content.articles.find((candidate) => candidate.slug === item.article)!;
                return (
                  <li key={item.article} id={`use-${item.article}-${narrative.id}`} className="rounded-md border border-line bg-surface p-3 text-sm">
                    <p className="font-medium">
                      <ShortTitle article={article} locale={locale} max={80} />
                    </p>
                    <p className="mt-1 text-muted">{item[locale].note}</p>
                    <ul className="mt-2 space-y-1">
                      {item.passages.map((passage) => {
                        const number = locatePassage(article.blocks, passage)?.block.number;
                        return (
                          <li key={`${passage.block}-${passage.quote}`}>
                            <Link href={`/articles/${article.slug}#${passage.block}`} className="mr-1 text-accent underline">
                              § {number}
                            </Link>
                            <q lang="fr">{passage.quote}</q>
                          </li>
                        );
                      })}
                    </ul>
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
    </>
  );
}

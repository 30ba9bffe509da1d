import { getLocale, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/config";
import type { Article } from "@/lib/content";

/**
 * The article's own title, verbatim and marked as French; or, for an untitled text, the
 * descriptive title written for the app, marked as editorial.
 */
export async function ArticleTitle({ article }: Readonly<{ article: Article }>) {
  const [t, locale] = await Promise.all([getTranslations("article"), getLocale() as Promise<AppLocale>]);
  const { title } = article.meta;
  if (title.kind === "editorial") {
    return (
      <>
        <span>{article.title[locale]}</span>
        <span className="mt-1 block text-sm font-normal text-muted italic">[{t("editorialTitle")}]</span>
      </>
    );
  }
  return (
    <>
      <span lang="fr">{article.title.fr}</span>
      {locale === "en" && <span className="mt-1 block text-sm font-normal text-muted">{t("titleTranslation", { translation: title.translation.en })}</span>}
    </>
  );
}

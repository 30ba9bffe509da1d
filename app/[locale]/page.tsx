import { getTranslations, setRequestLocale } from "next-intl/server";
import { ArticleCard } from "@/components/article/article-card";
import { getContent } from "@/lib/content";

type Props = Readonly<{ params: Promise<{ locale: string }> }>;

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, content] = await Promise.all([getTranslations("home"), getContent()]);

  return (
    <div className="mx-auto max-w-5xl px-4 py-10">
      <section aria-labelledby="home-title" className="max-w-3xl">
        <h1 id="home-title" className="font-serif text-4xl font-semibold tracking-tight">
          {t("title")}
        </h1>
        <p className="mt-4 text-lg leading-relaxed text-ink">{t("tagline")}</p>
      </section>

      <div className="mt-10 grid gap-8 md:grid-cols-2">
        <section aria-labelledby="for-whom">
          <h2 id="for-whom" className="text-lg font-semibold">
            {t("forWhomTitle")}
          </h2>
          <ul className="mt-3 list-disc space-y-2 pl-5 leading-relaxed">
            <li>{t("forTeachers")}</li>
            <li>{t("forLearners")}</li>
            <li>{t("forEveryone")}</li>
          </ul>
        </section>
        <section aria-labelledby="how">
          <h2 id="how" className="text-lg font-semibold">
            {t("howTitle")}
          </h2>
          <ol className="mt-3 list-decimal space-y-2 pl-5 leading-relaxed">
            <li>{t("step1")}</li>
            <li>{t("step2")}</li>
            <li>{t("step3")}</li>
          </ol>
        </section>
      </div>

      <section aria-labelledby="articles" className="mt-12">
        <h2 id="articles" className="font-serif text-2xl font-semibold">
          {t("articlesTitle")}
        </h2>
        <p className="mt-2 max-w-3xl leading-relaxed text-muted">{t("articlesIntro")}</p>
        <p className="mt-3 max-w-3xl rounded border-l-4 border-warn bg-panel px-4 py-3 text-sm leading-relaxed">{t("primarySourceNote")}</p>
        <ul className="mt-6 grid gap-5 md:grid-cols-2">
          {content.articles.map((article) => (
            <li key={article.slug}>
              <ArticleCard article={article} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

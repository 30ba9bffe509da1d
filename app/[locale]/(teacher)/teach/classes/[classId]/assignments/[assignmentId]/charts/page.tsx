import type { Metadata } from "next";
import { notFound } from "@/lib/http/not-found";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ChartsView } from "@/components/review/charts/charts-view";
import { Link } from "@/i18n/navigation";
import { requireTeacher } from "@/lib/auth/session";
import type { AppLocale } from "@/lib/config";
import { getContent } from "@/lib/content";
import { exerciseKeyForArticle } from "@/lib/exercises/keys";
import { buildClassCharts } from "@/lib/review/charts";
import { getChartsData } from "@/lib/review/charts-query";
import { routeParams } from "@/lib/http/route-params";

type Props = Readonly<{ params: Promise<{ locale: string; classId: string; assignmentId: string }>; searchParams: Promise<{ names?: string }> }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "charts" });
  return { title: t("title") };
}

/** /[locale]/teach/classes/[classId]/assignments/[assignmentId]/charts — the class's answers as charts. One statement. */
export default async function ChartsPage({ params, searchParams }: Props) {
  const [{ locale, classId, assignmentId }, { names }] = await Promise.all([routeParams(params), searchParams]);
  setRequestLocale(locale);
  const viewer = await requireTeacher();
  const [t, results, data, content] = await Promise.all([
    getTranslations("charts"),
    getTranslations("results"),
    getChartsData(viewer, assignmentId),
    getContent(),
  ]);
  if (!data || data.classId !== classId) notFound(locale);
  const article = content.articles.find((candidate) => exerciseKeyForArticle(candidate.slug) === data.exerciseKey);
  return (
    <>
      <Link href={`/teach/classes/${data.classId}`} className="text-sm text-link">
        ← {data.className}
      </Link>
      <h1 className="mt-2 font-serif text-3xl font-semibold">{t("title")}</h1>
      {article ? (
        <>
          <p className="mt-1 text-lg text-muted" lang={article.meta.title.kind === "original" ? "fr" : undefined}>
            {article.title[locale as AppLocale]}
          </p>
          <div className="mt-6">
            <ChartsView
              charts={buildClassCharts(article, content, data, data.students, locale as AppLocale, results("other"))}
              enrolled={data.enrolled}
              showNames={names === "1"}
              path={`/teach/classes/${data.classId}/assignments/${data.assignmentId}/charts`}
            />
          </div>
        </>
      ) : (
        <p className="mt-4 rounded-md bg-panel px-4 py-3">{t("noCharts")}</p>
      )}
    </>
  );
}

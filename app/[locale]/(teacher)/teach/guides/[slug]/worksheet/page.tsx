import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PaperToolbar } from "@/components/paper/paper-toolbar";
import { QuestionChooser } from "@/components/paper/question-chooser";
import { Worksheet } from "@/components/paper/worksheet";
import { Link } from "@/i18n/navigation";
import { requireTeacher } from "@/lib/auth/session";
import type { AppLocale } from "@/lib/config";
import { getContent } from "@/lib/content";
import { notFound } from "@/lib/http/not-found";
import { routeParams } from "@/lib/http/route-params";
import { chosenQuestionKeys } from "@/lib/paper/selection";
import { keyPath } from "@/lib/guides/paths";

type Props = Readonly<{ params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ questions?: string | string[] }> }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const [t, content] = await Promise.all([getTranslations({ locale, namespace: "paper" }), getContent()]);
  const article = content.articles.find((candidate) => candidate.slug === slug);
  return { title: article ? t("worksheetLinkFor", { title: article.title[locale as AppLocale] }) : t("worksheetTitle") };
}

/**
 * /[locale]/teach/guides/[slug]/worksheet?questions=a,b — an article's worksheet to print, for
 * teachers: the text and the chosen questions (every one by default) with room to answer.
 */
export default async function ArticleWorksheetPage({ params, searchParams }: Props) {
  const { locale, slug } = await routeParams(params);
  setRequestLocale(locale);
  await requireTeacher();
  const [t, teach, content, { questions: requested }] = await Promise.all([getTranslations("paper"), getTranslations("teach"), getContent(), searchParams]);
  const article = content.articles.find((candidate) => candidate.slug === slug);
  if (!article) notFound(locale);
  const questions = content.questionSets[article.slug]?.questions ?? [];
  const chosen = chosenQuestionKeys(
    requested,
    questions.map((question) => question.key),
  );
  return (
    <>
      <PaperToolbar back={{ href: "/teach", label: teach("classes") }}>
        <Link href={keyPath(article.slug)} className="mt-2 inline-block text-sm text-link">
          {t("keyLink")}
        </Link>
        <QuestionChooser questions={questions} chosen={chosen} />
      </PaperToolbar>
      <Worksheet article={article} content={content} questionKeys={chosen} />
    </>
  );
}

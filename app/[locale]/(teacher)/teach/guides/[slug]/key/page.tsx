import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AnswerKey } from "@/components/paper/answer-key";
import { PaperToolbar } from "@/components/paper/paper-toolbar";
import { Link } from "@/i18n/navigation";
import { requireTeacher } from "@/lib/auth/session";
import type { AppLocale } from "@/lib/config";
import { getContent } from "@/lib/content";
import { notFound } from "@/lib/http/not-found";
import { routeParams } from "@/lib/http/route-params";
import { worksheetPath } from "@/lib/guides/paths";

type Props = Readonly<{ params: Promise<{ locale: string; slug: string }> }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const [t, content] = await Promise.all([getTranslations({ locale, namespace: "paper" }), getContent()]);
  const article = content.articles.find((candidate) => candidate.slug === slug);
  return { title: article ? t("keyLinkFor", { title: article.title[locale as AppLocale] }) : t("keyTitle") };
}

/**
 * /[locale]/teach/guides/[slug]/key — an article's answer key, for teachers only (it holds the
 * reference answers): on screen and on A4 paper. No query but the session's.
 */
export default async function AnswerKeyPage({ params }: Props) {
  const { locale, slug } = await routeParams(params);
  setRequestLocale(locale);
  await requireTeacher();
  const [t, teach, content] = await Promise.all([getTranslations("paper"), getTranslations("teach"), getContent()]);
  const article = content.articles.find((candidate) => candidate.slug === slug);
  if (!article) notFound(locale);
  return (
    <>
      <PaperToolbar back={{ href: "/teach", label: teach("classes") }}>
        <Link href={worksheetPath(article.slug)} className="mt-2 inline-block text-sm text-link">
          {t("worksheetLink")}
        </Link>
      </PaperToolbar>
      <AnswerKey article={article} content={content} />
    </>
  );
}

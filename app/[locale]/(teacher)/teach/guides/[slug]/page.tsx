import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { GuideView } from "@/components/guides/guide-view";
import { requireTeacher } from "@/lib/auth/session";
import type { AppLocale } from "@/lib/config";
import { getContent } from "@/lib/content";
import { notFound } from "@/lib/http/not-found";
import { routeParams } from "@/lib/http/route-params";
import { listGuides } from "@/lib/guides/view";

type Props = Readonly<{ params: Promise<{ locale: string; slug: string }> }>;

async function findGuide(locale: AppLocale, slug: string) {
  const [exercise, content] = await Promise.all([getTranslations({ locale, namespace: "exercise" }), getContent()]);
  return { content, entry: listGuides(content, locale, exercise("title")).find((candidate) => candidate.subject === slug) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const [t, { entry }] = await Promise.all([getTranslations({ locale, namespace: "guides" }), findGuide(locale as AppLocale, slug)]);
  return entry ? { title: t("metaTitle", { name: entry.name.text }) } : {};
}

/** /[locale]/teach/guides/[slug] — the teacher's guide of an article (its slug) or of the comparison exercise ("comparison"). Teachers only. */
export default async function GuidePage({ params }: Props) {
  const { locale, slug } = await routeParams(params);
  setRequestLocale(locale);
  await requireTeacher();
  const { content, entry } = await findGuide(locale as AppLocale, slug);
  if (!entry) notFound(locale);
  return <GuideView entry={entry} content={content} locale={locale as AppLocale} />;
}

import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { GuideList } from "@/components/guides/guide-list";
import { requireTeacher } from "@/lib/auth/session";
import type { AppLocale } from "@/lib/config";
import { getContent } from "@/lib/content";
import { listGuides } from "@/lib/guides/view";

type Props = Readonly<{ params: Promise<{ locale: string }> }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "guides" });
  return { title: t("title") };
}

/** /[locale]/teach/guides — every teacher's guide: one per article, one for the comparison. Teachers only (they hold the answers). */
export default async function GuidesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireTeacher();
  const [t, exercise, content] = await Promise.all([getTranslations("guides"), getTranslations("exercise"), getContent()]);
  return (
    <>
      <h1 className="font-serif text-3xl font-semibold">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-muted">{t("intro")}</p>
      <GuideList guides={listGuides(content, locale as AppLocale, exercise("title"))} locale={locale as AppLocale} />
    </>
  );
}

import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

type Props = Readonly<{ params: Promise<{ slug: string }> }>;

/**
 * The reader with the questions tab open: the background is not sent until asked for (it is the
 * same long text for every article), so this slot holds a link to it, visible on phones.
 */
export default async function ArticlePage({ params }: Props) {
  const [{ slug }, t] = await Promise.all([params, getTranslations("background")]);
  return (
    <div className="rounded-lg border border-dashed border-line bg-panel p-4">
      <h2 className="font-serif text-2xl font-semibold">{t("title")}</h2>
      <p className="mt-1 text-sm leading-relaxed text-muted">{t("teaser")}</p>
      <Link href={`/articles/${slug}/background#background`} className="mt-3 inline-block rounded-md bg-accent px-4 py-2 text-sm font-medium text-white no-underline hover:bg-accent-strong">
        {t("show")}
      </Link>
    </div>
  );
}

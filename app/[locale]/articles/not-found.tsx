import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export default async function ArticleNotFound() {
  const t = await getTranslations("article");
  return (
    <div className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="font-serif text-3xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="mt-3">{t("notFoundBody")}</p>
      <Link href="/" className="mt-6 inline-block text-accent underline">
        {t("backToArticles")}
      </Link>
    </div>
  );
}

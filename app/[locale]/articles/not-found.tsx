"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

/**
 * A client component on purpose: a server one would ask next-intl for the locale before the
 * reader's layout has set it, and that turns every article page dynamic.
 */
export default function ArticleNotFound() {
  const t = useTranslations("errors");
  return (
    <div className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="font-serif text-3xl font-semibold">{t("articleNotFoundTitle")}</h1>
      <p className="mt-3">{t("articleNotFoundBody")}</p>
      <Link href="/" className="mt-6 inline-block text-accent underline">
        {t("backToArticles")}
      </Link>
    </div>
  );
}

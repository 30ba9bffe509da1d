import { getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import type { AppLocale } from "@/lib/config";

/** "Page introuvable", with the way back to the articles: what every address without a page shows. */
export async function NotFoundView({ locale }: Readonly<{ locale: AppLocale }>) {
  const t = await getTranslations({ locale, namespace: "errors" });
  return (
    <div className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="font-serif text-3xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="mt-3">{t("notFoundBody")}</p>
      <a href={getPathname({ href: "/", locale })} className="mt-6 inline-block text-accent underline">
        {t("goHome")}
      </a>
    </div>
  );
}

import { getTranslations } from "next-intl/server";

export async function SkipLink() {
  const t = await getTranslations("layout");
  return (
    <a href="#main" className="sr-only z-50 rounded bg-accent px-4 py-2 text-on-accent focus:not-sr-only focus:fixed focus:top-2 focus:left-2">
      {t("skipToContent")}
    </a>
  );
}

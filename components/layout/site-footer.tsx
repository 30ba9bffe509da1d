import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("layout");
  return (
    <footer className="mt-16 border-t border-line bg-panel">
      <p className="mx-auto max-w-7xl px-4 py-6 text-sm text-muted">{t("footer")}</p>
    </footer>
  );
}

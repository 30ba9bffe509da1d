import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export async function SiteFooter() {
  const [t, method] = await Promise.all([getTranslations("layout"), getTranslations("method")]);
  return (
    <footer className="mt-16 border-t border-line bg-panel">
      <div className="mx-auto flex max-w-7xl flex-col gap-2 px-4 py-6 text-sm text-muted sm:flex-row sm:justify-between sm:gap-6">
        <p>{t("footer")}</p>
        <Link href="/method" className="shrink-0 text-accent underline">
          {method("footerLink")}
        </Link>
      </div>
    </footer>
  );
}

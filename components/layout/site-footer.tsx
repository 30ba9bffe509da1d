import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export async function SiteFooter() {
  const [t, method, privacy] = await Promise.all([getTranslations("layout"), getTranslations("method"), getTranslations("privacy")]);
  return (
    <footer className="mt-16 border-t border-line bg-panel">
      <div className="mx-auto flex max-w-7xl flex-col gap-2 px-4 py-6 text-sm text-muted sm:flex-row sm:justify-between sm:gap-6">
        <p>{t("footer")}</p>
        <div className="flex shrink-0 gap-4">
          <Link href="/method" className="text-accent underline">
            {method("footerLink")}
          </Link>
          <Link href="/privacy" className="text-accent underline">
            {privacy("footerLink")}
          </Link>
        </div>
      </div>
    </footer>
  );
}

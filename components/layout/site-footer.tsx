import { getLocale, getTranslations } from "next-intl/server";
import { HtmlOnly } from "@/components/html-only/html-only";
import { getPathname } from "@/i18n/navigation";

export async function SiteFooter() {
  const [t, method, privacy, locale] = await Promise.all([getTranslations("layout"), getTranslations("method"), getTranslations("privacy"), getLocale()]);
  return (
    <footer className="mt-16 border-t border-line bg-panel">
      <HtmlOnly id={`footer-${locale}`} className="mx-auto flex max-w-7xl flex-col gap-2 px-4 py-6 text-sm text-muted sm:flex-row sm:justify-between sm:gap-6">
        <p>{t("footer")}</p>
        <div className="flex shrink-0 gap-4">
          <a href={getPathname({ href: "/method", locale })} className="text-accent underline">
            {method("footerLink")}
          </a>
          <a href={getPathname({ href: "/privacy", locale })} className="text-accent underline">
            {privacy("footerLink")}
          </a>
        </div>
      </HtmlOnly>
    </footer>
  );
}

import { getLocale, getTranslations } from "next-intl/server";
import { HtmlOnly } from "@/components/html-only/html-only";
import { getPathname } from "@/i18n/navigation";

export async function SiteFooter() {
  const [t, method, locale] = await Promise.all([getTranslations("layout"), getTranslations("method"), getLocale()]);
  return (
    <footer className="mt-16 border-t border-line bg-panel">
      <HtmlOnly id={`footer-${locale}`} className="mx-auto flex max-w-7xl flex-col gap-2 px-4 py-6 text-sm text-muted sm:flex-row sm:justify-between sm:gap-6">
        <p>{t("footer")}</p>
        <a href={getPathname({ href: "/method", locale })} className="shrink-0 text-accent underline">
          {method("footerLink")}
        </a>
      </HtmlOnly>
    </footer>
  );
}

import { getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { HtmlOnly } from "@/components/html-only/html-only";
import { getPathname } from "@/i18n/navigation";
import { AccountLink } from "./account-link";
import { LocaleSwitcher, LocaleSwitcherFallback } from "./locale-switcher";

const NAV_LINK = "text-accent underline-offset-4 hover:underline";

export async function SiteHeader() {
  const [t, meta, locale] = await Promise.all([getTranslations("layout"), getTranslations("meta"), getLocale()]);
  const path = (href: string) => getPathname({ href, locale });
  return (
    <header className="z-30 border-b border-line bg-paper/95 backdrop-blur lg:sticky lg:top-0">
      {/* On a phone the links go to a second row rather than break "Mon travail" over two lines. */}
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <HtmlOnly id={`header-home-${locale}`} className="contents">
          <a href={path("/")} className="font-serif text-xl font-semibold tracking-tight text-ink no-underline">
            {meta("siteName")}
          </a>
        </HtmlOnly>
        <nav aria-label={t("nav")} className="flex flex-wrap items-center gap-x-4 gap-y-1 whitespace-nowrap text-sm">
          <HtmlOnly id={`header-nav-${locale}`} className="contents">
            <a href={path("/")} className={NAV_LINK}>
              {t("articles")}
            </a>
            <a href={path("/compare")} className={NAV_LINK}>
              {t("compare")}
            </a>
            <a href={path("/my-work")} className={NAV_LINK}>
              {t("myWork")}
            </a>
          </HtmlOnly>
          <AccountLink />
          <Suspense fallback={<LocaleSwitcherFallback />}>
            <LocaleSwitcher />
          </Suspense>
        </nav>
      </div>
    </header>
  );
}

"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import type { MouseEvent } from "react";
import { usePathname } from "@/i18n/navigation";
import { LOCALES, type AppLocale } from "@/lib/config";

const otherLocale = (locale: string): AppLocale => LOCALES.find((candidate) => candidate !== locale) ?? "fr";

/** The numbered paragraph at the top of the screen, so the other language opens at the same place. */
function paragraphInView(): string | null {
  const paragraphs = document.querySelectorAll<HTMLElement>("[data-paragraph]");
  for (const paragraph of paragraphs) {
    if (paragraph.getBoundingClientRect().bottom > 80) return paragraph.id;
  }
  return null;
}

function SwitchLink({ href, locale }: Readonly<{ href: string; locale: AppLocale }>) {
  const t = useTranslations("layout");
  const keepPlace = (event: MouseEvent<HTMLAnchorElement>) => {
    const anchor = paragraphInView();
    if (anchor && window.scrollY > 0) event.currentTarget.href = `${href}#${anchor}`;
  };
  return (
    <a
      href={href}
      hrefLang={locale}
      lang={locale}
      onClick={keepPlace}
      className="rounded border border-line px-2 py-1 text-accent hover:bg-accent-soft"
    >
      {t("switchTo")}
    </a>
  );
}

export function LocaleSwitcher() {
  const locale = otherLocale(useLocale());
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const href = `/${locale}${pathname === "/" ? "" : pathname}${query ? `?${query}` : ""}`;
  return <SwitchLink href={href} locale={locale} />;
}

/** Rendered while search params are unknown (static shells): same place, without the query. */
export function LocaleSwitcherFallback() {
  const locale = otherLocale(useLocale());
  const pathname = usePathname();
  return <SwitchLink href={`/${locale}${pathname === "/" ? "" : pathname}`} locale={locale} />;
}

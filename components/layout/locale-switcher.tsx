"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { useEffect, useRef, type MouseEvent } from "react";
import { usePathname } from "@/i18n/navigation";
import { LOCALES, type AppLocale } from "@/lib/config";

const otherLocale = (locale: string): AppLocale => LOCALES.find((candidate) => candidate !== locale) ?? "fr";

/** Below this, the reader is at the page's head (e.g. came up to the header to switch language). */
const READING_DEPTH = 200;

/** The numbered paragraph at the top of the screen, so the other language opens at the same place. */
function paragraphInView(): string | null {
  const paragraphs = document.querySelectorAll<HTMLElement>("[data-paragraph]");
  for (const paragraph of paragraphs) {
    if (paragraph.getBoundingClientRect().bottom > 80) return paragraph.id;
  }
  return null;
}

/**
 * Remembers the paragraph being read. On a phone the header scrolls away, so the reader scrolls up
 * to switch language: the place to reopen at is the last one read, not the top of the page.
 */
function useReadingPlace() {
  const place = useRef<string | null>(null);
  useEffect(() => {
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (window.scrollY > READING_DEPTH) place.current = paragraphInView();
      });
    };
    window.addEventListener("scroll", onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", onScroll);
    };
  }, []);
  return () => (window.scrollY > READING_DEPTH ? paragraphInView() : place.current);
}

function SwitchLink({ href, locale }: Readonly<{ href: string; locale: AppLocale }>) {
  const t = useTranslations("layout");
  const readingPlace = useReadingPlace();
  const keepPlace = (event: MouseEvent<HTMLAnchorElement>) => {
    const anchor = readingPlace();
    if (anchor) event.currentTarget.href = `${href}#${anchor}`;
  };
  return (
    <a href={href} hrefLang={locale} lang={locale} onClick={keepPlace} className="rounded border border-line px-2 py-1 text-accent hover:bg-accent-soft">
      {t("switchTo")}
    </a>
  );
}

export function LocaleSwitcher() {
  const locale = otherLocale(useLocale());
  const pathname = usePathname();
  const query = useSearchParams()?.toString() ?? "";
  const href = `/${locale}${pathname === "/" ? "" : pathname}${query ? `?${query}` : ""}`;
  return <SwitchLink href={href} locale={locale} />;
}

/** Rendered while search params are unknown (static shells): same place, without the query. */
export function LocaleSwitcherFallback() {
  const locale = otherLocale(useLocale());
  const pathname = usePathname();
  return <SwitchLink href={`/${locale}${pathname === "/" ? "" : pathname}`} locale={locale} />;
}

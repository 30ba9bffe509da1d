import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { Link } from "@/i18n/navigation";
import { LocaleSwitcher, LocaleSwitcherFallback } from "./locale-switcher";

export async function SiteHeader() {
  const [t, meta] = await Promise.all([getTranslations("layout"), getTranslations("meta")]);
  return (
    <header className="z-30 border-b border-line bg-paper/95 backdrop-blur lg:sticky lg:top-0">
      {/* On a phone the links go to a second row rather than break "Mon travail" over two lines. */}
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="font-serif text-xl font-semibold tracking-tight text-ink no-underline">
          {meta("siteName")}
        </Link>
        <nav aria-label={t("nav")} className="flex flex-wrap items-center gap-x-4 gap-y-1 whitespace-nowrap text-sm">
          <Link href="/" className="text-accent underline-offset-4 hover:underline">
            {t("articles")}
          </Link>
          <Link href="/compare" className="text-accent underline-offset-4 hover:underline">
            {t("compare")}
          </Link>
          <Link href="/my-work" className="text-accent underline-offset-4 hover:underline">
            {t("myWork")}
          </Link>
          <Link href="/sign-in" className="text-accent underline-offset-4 hover:underline">
            {t("signIn")}
          </Link>
          <Suspense fallback={<LocaleSwitcherFallback />}>
            <LocaleSwitcher />
          </Suspense>
        </nav>
      </div>
    </header>
  );
}

import { getLocale, getTranslations } from "next-intl/server";
import { HtmlOnly } from "@/components/html-only/html-only";
import { getPathname } from "@/i18n/navigation";
import { backgroundHref } from "@/lib/background/sections";

const LINK = "block rounded-md border border-line bg-surface px-1 py-2 text-center text-sm font-medium text-accent no-underline";

/** On a phone the text and the panels stack; this sticky bar reaches each in one tap. */
export async function PhoneSwitcher({ slug }: Readonly<{ slug: string }>) {
  const [t, locale] = await Promise.all([getTranslations("reader"), getLocale()]);
  const path = (href: string) => getPathname({ href, locale });
  return (
    <HtmlOnly id={`phone-switcher-${locale}-${slug}`} className="sticky top-0 z-20 -mx-4 mb-4 lg:hidden">
      <nav aria-label={t("switcher")} className="border-b border-line bg-paper/95 px-4 py-2 backdrop-blur">
        <ul className="flex gap-1.5">
          <li className="flex-1">
            <a href="#article" className={LINK}>
              {t("textTab")}
            </a>
          </li>
          <li className="flex-1">
            <a href="#questions" className={LINK}>
              {t("questionsTab")}
            </a>
          </li>
          <li className="flex-1">
            <a href={path(`/articles/${slug}/claims#claims`)} className={LINK}>
              {t("claimsTab")}
            </a>
          </li>
          <li className="flex-1">
            <a href={path(backgroundHref(slug, "overview", "background"))} className={LINK}>
              {t("backgroundTab")}
            </a>
          </li>
        </ul>
      </nav>
    </HtmlOnly>
  );
}

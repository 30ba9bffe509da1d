import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { NotFoundView } from "@/components/layout/not-found-view";
import { PageShell } from "@/components/layout/page-shell";
import { RETURN_TO_HEADER } from "@/lib/auth/return-path";
import { DEFAULT_LOCALE, LOCALES, type AppLocale } from "@/lib/config";

/** The language an address asks for: its first segment, else French. */
async function addressLocale(): Promise<AppLocale> {
  const path = (await headers()).get(RETURN_TO_HEADER) ?? "";
  return LOCALES.find((candidate) => path === `/${candidate}` || path.startsWith(`/${candidate}/`)) ?? (DEFAULT_LOCALE as AppLocale);
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await addressLocale(), namespace: "errors" });
  return { title: t("notFoundTitle"), robots: { index: false } };
}

/**
 * Any address no page has (an unknown path, article or section, and the address lib/http/not-found.ts
 * sends "not found" to): the whole page in the HTML, in the language of the address, with status
 * 404. Next.js renders a not-found.tsx reached by notFound() only in the browser (vercel/next.js
 * #62228; docs/not-found.md), which leaves a page without script empty.
 */
export default async function GlobalNotFound() {
  const locale = await addressLocale();
  setRequestLocale(locale);
  return (
    <PageShell locale={locale}>
      <NotFoundView locale={locale} />
    </PageShell>
  );
}

import { getLocale } from "next-intl/server";
import { NotFoundView } from "@/components/layout/not-found-view";
import type { AppLocale } from "@/lib/config";

/**
 * What Next.js shows for a notFound() from next/navigation under a locale, in the browser only
 * (vercel/next.js #62228). The app's pages use lib/http/not-found.ts instead, whose page is whole in
 * the HTML; this stays for anything else that may throw it.
 */
export default async function NotFound() {
  return <NotFoundView locale={(await getLocale()) as AppLocale} />;
}

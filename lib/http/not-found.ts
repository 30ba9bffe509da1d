import "server-only";
import { redirect } from "next/navigation";

/** Under a locale, an address no page has: Next.js answers it with app/global-not-found.tsx, status 404. */
export const notFoundPath = (locale: string) => `/${locale === "en" ? "en" : "fr"}/not-found`;

/**
 * "Not found" from a page or layout, rendered whole on the server: the browser is sent to an
 * address no page has, which Next.js answers with the full 404 page in `locale`. next/navigation's
 * notFound() would answer 404 with an empty document that only the browser's script fills in
 * (vercel/next.js #62228; docs/not-found.md). Like notFound(), it says nothing of whether what was
 * asked for exists.
 */
export function notFound(locale: string): never {
  redirect(notFoundPath(locale));
}

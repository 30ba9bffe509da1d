import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import type { AppLocale } from "@/lib/config";
import { clientMessages } from "@/i18n/client-messages";
import { serif } from "@/app/fonts";
import { DisplayScript } from "@/components/display/display-script";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";
import { SkipLink } from "./skip-link";
import "@/app/globals.css";

/** The document every page is in (the locale's layout, and the "not found" page of addresses no page has). */
export function PageShell({ locale, children }: Readonly<{ locale: AppLocale; children: ReactNode }>) {
  return (
    // The head script sets the learner's display settings on <html> before React hydrates it.
    <html lang={locale} className={serif.variable} suppressHydrationWarning>
      {/* The App Router's own <head> (the rule's next/head is the Pages Router's); Next.js adds its tags to it. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <DisplayScript />
      </head>
      <body className="flex min-h-dvh flex-col">
        {/* Client components get only the strings they use, not the whole catalogue. */}
        <NextIntlClientProvider locale={locale} messages={clientMessages(locale, "site")}>
          <SkipLink />
          <SiteHeader />
          <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

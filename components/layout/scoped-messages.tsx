import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { clientMessages } from "@/i18n/client-messages";
import { messagesFor, type Messages } from "@/i18n/messages";
import type { AppLocale } from "@/lib/config";

/**
 * Gives the client components below it a few more namespaces than the whole site's
 * (i18n/client-messages.ts), so that the teacher's and the sign-in forms' strings are sent only
 * with their own pages, never with the reader's.
 */
export async function ScopedMessages({ namespaces, children }: Readonly<{ namespaces: ReadonlyArray<keyof Messages>; children: ReactNode }>) {
  const locale = (await getLocale()) as AppLocale;
  const all = messagesFor(locale);
  const messages = { ...clientMessages(locale), ...Object.fromEntries(namespaces.map((namespace) => [namespace, all[namespace]])) };
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}

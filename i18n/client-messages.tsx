import "server-only";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import type { AppLocale } from "@/lib/config";
import { pickClientMessages, type ClientPart } from "./client-parts";
import { messagesFor } from "./messages";

export const clientMessages = (locale: AppLocale, part: ClientPart) => pickClientMessages(messagesFor(locale), part);

/** The strings one part of the site needs, for the client components below it (providers do not merge). */
export async function ClientMessages({ part, children }: Readonly<{ part: ClientPart; children: ReactNode }>) {
  const locale = (await getLocale()) as AppLocale;
  return <NextIntlClientProvider messages={clientMessages(locale, part)}>{children}</NextIntlClientProvider>;
}

import { setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/i18n/client-messages";

type Props = Readonly<{ children: ReactNode; params: Promise<{ locale: string }> }>;

/** Sign-in, sign-up and join: their forms' strings travel with these pages only. */
export default async function AuthLayout({ children, params }: Props) {
  setRequestLocale((await params).locale);
  return <ClientMessages part="account">{children}</ClientMessages>;
}

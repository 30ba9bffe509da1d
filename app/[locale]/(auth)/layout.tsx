import { setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { ScopedMessages } from "@/components/layout/scoped-messages";

type Props = Readonly<{ children: ReactNode; params: Promise<{ locale: string }> }>;

/** Sign-in, sign-up and join: their forms' strings travel with these pages only. */
export default async function AuthLayout({ children, params }: Props) {
  setRequestLocale((await params).locale);
  return <ScopedMessages namespaces={["auth", "join"]}>{children}</ScopedMessages>;
}

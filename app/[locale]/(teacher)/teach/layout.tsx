import type { ReactNode } from "react";
import { setRequestLocale } from "next-intl/server";
import { TeachNav } from "@/components/classroom/teach-nav";
import { ClientMessages } from "@/i18n/client-messages";
import { requireAccount } from "@/lib/auth/session";

type Props = Readonly<{ children: ReactNode; params: Promise<{ locale: string }> }>;

/**
 * Every teacher page: someone signed in (else the sign-in, and back), then each page checks it is
 * a teacher ("not found" for a student, rendered by the page) and each domain function again.
 */
export default async function TeachLayout({ children, params }: Props) {
  setRequestLocale((await params).locale);
  await requireAccount();
  return (
    <ClientMessages part="teaching">
      <TeachNav />
      <div className="mx-auto max-w-5xl px-4 py-8 print:max-w-none print:p-0">{children}</div>
    </ClientMessages>
  );
}

import type { ReactNode } from "react";
import { setRequestLocale } from "next-intl/server";
import { TeachNav } from "@/components/classroom/teach-nav";
import { ClientMessages } from "@/i18n/client-messages";
import { requireTeacher } from "@/lib/auth/session";

type Props = Readonly<{ children: ReactNode; params: Promise<{ locale: string }> }>;

/**
 * Every teacher page: a signed-in teacher or "not found" (a learner, a guest, nobody), checked
 * here and again by each domain function the pages call.
 */
export default async function TeachLayout({ children, params }: Props) {
  setRequestLocale((await params).locale);
  await requireTeacher();
  return (
    <ClientMessages part="teaching">
      <TeachNav />
      <div className="mx-auto max-w-5xl px-4 py-8">{children}</div>
    </ClientMessages>
  );
}

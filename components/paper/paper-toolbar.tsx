import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import { PrintButton } from "./print-button";

/** Above a printable page, on screen only: the way back, the print button, and what prints without it. */
export async function PaperToolbar({ back, children }: Readonly<{ back: { href: string; label: string }; children?: ReactNode }>) {
  const t = await getTranslations("paper");
  return (
    <div className="mb-6 print:hidden">
      <Link href={back.href} className="text-sm text-link">
        ← {back.label}
      </Link>
      <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2">
        <PrintButton label={t("print")} />
        <p className="text-sm text-muted">{t("printHint")}</p>
      </div>
      {children}
    </div>
  );
}

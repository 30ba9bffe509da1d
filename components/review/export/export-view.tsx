import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import { TitledSection } from "../titled-section";
import { ExportForm } from "./export-form";

type Props = Readonly<{
  /** Where the page came from (the class), and what it exports (the class, or the class and an assignment). */
  back: { href: string; label: string };
  subject: ReactNode;
  action: string;
  /** On an assignment's page, the same form for the whole class. */
  classAction?: string;
}>;

/** The export page: the options, then what the file contains and how to keep it. */
export async function ExportView({ back, subject, action, classAction }: Props) {
  const t = await getTranslations("export");
  return (
    <>
      <Link href={back.href} className="text-sm text-link">
        ← {back.label}
      </Link>
      <h1 className="mt-2 font-serif text-3xl font-semibold">{t("title")}</h1>
      <p className="mt-1 text-lg text-muted">{subject}</p>
      <p className="mt-3 max-w-3xl leading-relaxed">{t("intro")}</p>
      <div className="mt-6 grid gap-8 lg:grid-cols-2">
        <TitledSection id="export-options" title={t("formTitle")}>
          <ExportForm id="export" action={action} submit={t("download")} />
        </TitledSection>
        <TitledSection id="export-contents" title={t("contentsTitle")}>
          <ul className="list-disc space-y-2 pl-5 leading-relaxed">
            {(["who", "what", "score", "dates"] as const).map((key) => (
              <li key={key}>{t(`contents.${key}`)}</li>
            ))}
          </ul>
          <p className="mt-4 rounded-md border-l-4 border-warn bg-panel px-4 py-2 text-sm leading-relaxed">{t("privacyNote")}</p>
        </TitledSection>
      </div>
      {classAction && (
        <TitledSection id="export-class" title={t("classExport")} intro={t("classExportHelp")} className="mt-10 border-t border-line pt-6">
          <div className="max-w-xl">
            <ExportForm id="export-class" action={classAction} submit={t("download")} />
          </div>
        </TitledSection>
      )}
    </>
  );
}

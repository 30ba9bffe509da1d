import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ExportView } from "@/components/review/export/export-view";
import { requireOwnClass } from "@/lib/classes/queries";
import { routeParams } from "@/lib/http/route-params";

type Props = Readonly<{ params: Promise<{ locale: string; classId: string }> }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "export" });
  return { title: t("metaTitle") };
}

/** /[locale]/teach/classes/[classId]/export — every assignment of the class in one CSV. */
export default async function ClassExportPage({ params }: Props) {
  const { locale, classId } = await routeParams(params);
  setRequestLocale(locale);
  const cls = await requireOwnClass(classId);
  return <ExportView back={{ href: `/teach/classes/${cls.id}`, label: cls.name }} subject={cls.name} action={`/api/teach/classes/${cls.id}/export`} />;
}

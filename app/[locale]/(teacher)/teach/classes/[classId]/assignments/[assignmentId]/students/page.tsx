import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireTeacher } from "@/lib/auth/session";
import { studentReviewPath } from "@/lib/review/paths";
import { getReviewStart } from "@/lib/review/queries";

type Props = Readonly<{ params: Promise<{ locale: string; classId: string; assignmentId: string }> }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "review" });
  return { title: t("tabs.byStudent") };
}

/** …/students — review by student starts with the first student of the roster. */
export default async function FirstStudentPage({ params }: Props) {
  const { locale, classId, assignmentId } = await params;
  setRequestLocale(locale);
  const start = await getReviewStart(await requireTeacher(), classId, assignmentId);
  if (!start) notFound();
  if (start.firstEnrolmentId) redirect(`/${locale}${studentReviewPath(classId, assignmentId, start.firstEnrolmentId)}`);
  const t = await getTranslations("review");
  return <p className="mt-6 rounded-md bg-panel px-4 py-3">{t("noStudents")}</p>;
}

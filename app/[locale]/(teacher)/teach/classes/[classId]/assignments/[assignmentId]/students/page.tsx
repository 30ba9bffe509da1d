import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { notFound } from "@/lib/http/not-found";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireTeacher } from "@/lib/auth/session";
import { reviewModeOf, type ReviewSearch } from "@/lib/review/mode";
import { firstStudentWithWork } from "@/lib/review/order";
import { studentReviewPath } from "@/lib/review/paths";
import { getReviewStart } from "@/lib/review/queries";
import { routeParams } from "@/lib/http/route-params";

type Props = Readonly<{
  params: Promise<{ locale: string; classId: string; assignmentId: string }>;
  searchParams: Promise<ReviewSearch & { student?: string | string[] }>;
}>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "review" });
  return { title: t("tabs.byStudent") };
}

/**
 * …/students — review by student opens on the first student who has started (in name order, or
 * in number order with names hidden), or on the one picked in the list (?student=, the picker's
 * form, which works without JavaScript).
 */
export default async function FirstStudentPage({ params, searchParams }: Props) {
  const { locale, classId, assignmentId } = await routeParams(params);
  setRequestLocale(locale);
  const [start, search] = await Promise.all([requireTeacher().then((viewer) => getReviewStart(viewer, classId, assignmentId)), searchParams]);
  if (!start) notFound(locale);
  const { blind } = reviewModeOf(search);
  const picked = start.roster.find((entry) => entry.enrolmentId === search.student)?.enrolmentId;
  const target = picked ?? firstStudentWithWork(start.roster, blind);
  if (target) redirect(`/${locale}${studentReviewPath(classId, assignmentId, target)}${blind ? "?blind=1" : ""}`);
  const t = await getTranslations("review");
  return <p className="mt-6 rounded-md bg-panel px-4 py-3">{t("noStudents")}</p>;
}

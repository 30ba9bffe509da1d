import { redirect } from "next/navigation";
import { notFound } from "@/lib/http/not-found";
import { setRequestLocale } from "next-intl/server";
import { requireTeacher } from "@/lib/auth/session";
import type { AppLocale } from "@/lib/config";
import { getContent } from "@/lib/content";
import { questionReviewPath } from "@/lib/review/paths";
import { getReviewStart } from "@/lib/review/queries";
import { reviewQuestions } from "@/lib/review/questions";
import { routeParams } from "@/lib/http/route-params";

type Props = Readonly<{ params: Promise<{ locale: string; classId: string; assignmentId: string }> }>;

/** …/questions — review by question starts at the first question. */
export default async function FirstQuestionPage({ params }: Props) {
  const { locale, classId, assignmentId } = await routeParams(params);
  setRequestLocale(locale);
  const [start, content] = await Promise.all([getReviewStart(await requireTeacher(), classId, assignmentId), getContent()]);
  const first = start && reviewQuestions(content, start, locale as AppLocale)[0];
  if (!first) notFound(locale);
  redirect(`/${locale}${questionReviewPath(classId, assignmentId, first.key)}`);
}

import { getTranslations } from "next-intl/server";
import type { ReleasedFeedback } from "@/lib/attempts/queries";

/** The teacher's released comment and score beside a student's answer (nothing before release). */
export async function TeacherFeedback({ feedback }: Readonly<{ feedback: ReleasedFeedback | undefined }>) {
  if (!feedback || (feedback.comment === null && feedback.score === null)) return null;
  const t = await getTranslations("review");
  return (
    <section className="mt-4 rounded-md border-l-4 border-accent bg-accent-soft px-4 py-3" data-teacher-feedback="">
      <h4 className="text-sm font-semibold">{t("teacherFeedback")}</h4>
      {feedback.score !== null && <p className="mt-1 font-semibold">{t("teacherScore", { score: feedback.score })}</p>}
      {feedback.comment !== null && <p className="mt-1 text-sm leading-relaxed whitespace-pre-wrap">{feedback.comment}</p>}
    </section>
  );
}

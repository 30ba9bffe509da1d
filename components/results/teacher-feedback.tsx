import { getTranslations } from "next-intl/server";
import type { ReleasedFeedback } from "@/lib/attempts/state";
import { FeedbackNote } from "./feedback-note";

/** The teacher's released comment and score beside a student's answer on the results page. */
export async function TeacherFeedback({ feedback }: Readonly<{ feedback: ReleasedFeedback | undefined }>) {
  const t = await getTranslations("assignment");
  return <FeedbackNote feedback={feedback} heading={t("teacherFeedback")} score={(score) => t("teacherScore", { score })} />;
}

"use client";

import { useTranslations } from "next-intl";
import { FeedbackNote } from "@/components/results/feedback-note";
import { useAnswerSession } from "./answer-session";

/** In the reader, under a question: the teacher's released comment on the learner's answer, once their work has arrived. */
export function TeacherComment({ question }: Readonly<{ question: string }>) {
  const t = useTranslations("assignment");
  const { learner } = useAnswerSession();
  return <FeedbackNote feedback={learner?.feedback?.[question]} heading={t("teacherFeedback")} score={(score) => t("teacherScore", { score })} />;
}

import { getTranslations } from "next-intl/server";
import type { GuideQuestion } from "@/lib/guides/view";

type Props = Readonly<{ keys: readonly string[]; questions: readonly GuideQuestion[] }>;

/** "Questions: Q1, Q2", in the assignment's numbering; each number carries its prompt as a tooltip (the guide lists them all at its end). */
export async function QuestionRefs({ keys, questions }: Props) {
  const t = await getTranslations("guides");
  const cited = questions.filter((question) => keys.includes(question.key));
  // The comparison has a single question: "Q1" under every step would say nothing.
  if (cited.length === 0 || questions.length < 2) return null;
  return (
    <span>
      <span className="font-medium">{t("questionsLabel")}</span>{" "}
      {cited.map((question, index) => (
        <span key={question.key}>
          {index > 0 && ", "}
          <abbr title={question.prompt} className="no-underline">
            {t("questionShort", { number: question.number })}
          </abbr>
        </span>
      ))}
    </span>
  );
}

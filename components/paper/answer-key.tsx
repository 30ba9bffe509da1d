import { getTranslations } from "next-intl/server";
import { ArticleTitle } from "@/components/article/article-title";
import { Attribution } from "@/components/article/attribution";
import { AnswerReview } from "@/components/results/answer-review";
import { FactCheckerPath } from "@/components/results/lateral-comparison";
import { ReferenceAnnotation } from "@/components/results/reference-annotation";
import { RubricLevels } from "@/components/review/rubric-levels";
import type { Article, Content } from "@/lib/content";

/**
 * The teacher's answer key of one article, before the lesson: every question in the reading
 * method's order, as the results page shows it without a learner's answer (prompt, options with
 * the right ones ticked, reference, what to look for), with its rubric; the reference annotation
 * under the question on techniques (or at the end, for a set without one), a fact-checker's path
 * under the lateral-reading task.
 */
export async function AnswerKey({ article, content }: Readonly<{ article: Article; content: Content }>) {
  const [t, q] = await Promise.all([getTranslations("paper"), getTranslations("questions")]);
  const questions = content.questionSets[article.slug]?.questions ?? [];
  const rubrics = content.rubrics[article.slug]?.questions ?? {};
  const tagged = questions.some((question) => question.type === "technique");
  return (
    <div className="paper paper-key">
      <p className="text-sm font-semibold text-muted">{t("keyTitle")}</p>
      <h1 className="font-serif text-2xl leading-tight font-semibold">
        <ArticleTitle article={article} />
      </h1>
      <div className="mt-2">
        <Attribution article={article} />
      </div>
      <p className="paper-help mt-2 max-w-3xl">{t("keyIntro")}</p>
      <ol className="mt-4 space-y-4">
        {questions.map((question, index) => (
          <li key={question.key} data-question={question.key} className="paper-key-item">
            {question.stage !== questions[index - 1]?.stage && <h2 className="stage-title mt-2 mb-2">{q(`stage.${question.stage}`)}</h2>}
            <AnswerReview question={question} number={index + 1} article={article}>
              <RubricLevels rubric={rubrics[question.key]} />
              {question.type === "technique" && <ReferenceAnnotation article={article} content={content} />}
              {question.type === "lateral" && <FactCheckerPath question={question} content={content} className="mt-4" />}
            </AnswerReview>
          </li>
        ))}
      </ol>
      {!tagged && <ReferenceAnnotation article={article} content={content} />}
    </div>
  );
}

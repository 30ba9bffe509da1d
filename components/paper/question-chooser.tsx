import { getLocale, getTranslations } from "next-intl/server";
import { SECONDARY_BUTTON } from "@/components/forms/buttons";
import type { AppLocale } from "@/lib/config";
import type { Question } from "@/lib/content/schemas";

/**
 * On screen only: which questions the worksheet prints, a plain GET form (works without script)
 * that reloads the page with `?questions=…`.
 */
export async function QuestionChooser({ questions, chosen }: Readonly<{ questions: readonly Question[]; chosen: readonly string[] }>) {
  const [t, q, locale] = await Promise.all([getTranslations("paper"), getTranslations("questions"), getLocale() as Promise<AppLocale>]);
  return (
    <form method="get" className="card mt-4">
      <fieldset>
        <legend className="font-semibold">
          {t("chooseTitle")} ({t("chosenCount", { count: chosen.length, total: questions.length })})
        </legend>
        <p className="mt-1 text-sm text-muted">{t("chooseHelp")}</p>
        <ul className="mt-2 grid gap-x-6 gap-y-1 text-sm md:grid-cols-2">
          {questions.map((question, index) => (
            <li key={question.key}>
              <label className="choice">
                <input type="checkbox" name="questions" value={question.key} defaultChecked={chosen.includes(question.key)} />
                <span>
                  <span className="text-muted">{q("questionNumber", { number: index + 1 })} · </span>
                  {question[locale].prompt}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <button type="submit" className={`${SECONDARY_BUTTON} mt-3`}>
        {t("chooseSubmit")}
      </button>
    </form>
  );
}

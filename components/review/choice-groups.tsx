import { getLocale, getTranslations } from "next-intl/server";
import { OTHER } from "@/lib/question-types/choice";
import { answerView } from "@/lib/question-types/values";
import type { AppLocale } from "@/lib/config";
import type { Question } from "@/lib/content/schemas";

type Answer = { label: string; value: unknown };

/** The choices one closed question offers, as [key, label] pairs (scales: every value). */
function choicesOf(question: Question, locale: AppLocale, other: string): Array<[string, string]> {
  if (question.type === "scale")
    return Array.from({ length: question.max - question.min + 1 }, (_, index) => [String(question.min + index), String(question.min + index)]);
  if (question.type !== "single" && question.type !== "multiple") return [];
  return [
    ...question.options.map((option): [string, string] => [option.key, option[locale]]),
    ...(question.allowOther ? [[OTHER, other] as [string, string]] : []),
  ];
}

/** The keys an answer falls under: the options chosen, or the scale's value. */
function chosen(question: Question, value: unknown): string[] {
  const view = answerView(question, value);
  if (view?.as === "choices") return view.chosen.map((choice) => choice.key);
  if (view?.as === "number" && view.value !== null) return [String(view.value)];
  return [];
}

/** A closed question's answers grouped by choice: how many chose each, and who (or which number). */
export async function ChoiceGroups({ question, answers }: Readonly<{ question: Question; answers: readonly Answer[] }>) {
  const [t, locale] = await Promise.all([getTranslations("review"), getLocale() as Promise<AppLocale>]);
  const choices = choicesOf(question, locale, t("other"));
  if (choices.length === 0) return null;
  const reference = "reference" in question && question.reference && "answer" in question.reference ? question.reference.answer : [];
  return (
    <section aria-labelledby="groups" className="mt-6">
      <h2 id="groups" className="text-xl font-semibold">
        {t("byChoice")}
      </h2>
      <ul className="mt-3 space-y-2">
        {choices.map(([key, label]) => {
          const who = answers.filter((answer) => chosen(question, answer.value).includes(key)).map((answer) => answer.label);
          return (
            <li key={key} className="rounded-md border border-line bg-surface px-4 py-2">
              <p className="flex flex-wrap items-baseline gap-x-3">
                <span className="text-2xl font-semibold tabular-nums">{who.length}</span>
                <span className="font-medium">{label}</span>
                {reference.includes(key) && <span className="text-sm text-ok">{t("referenceChoice")}</span>}
              </p>
              {who.length > 0 && <p className="mt-1 text-sm text-muted">{who.join(", ")}</p>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

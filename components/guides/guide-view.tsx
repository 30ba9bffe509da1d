import { getTranslations } from "next-intl/server";
import { SECONDARY_LINK } from "@/components/forms/buttons";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/lib/config";
import type { Content } from "@/lib/content";
import { COMPARISON_GUIDE } from "@/lib/content/guide-schemas";
import { formatDate } from "@/lib/format/dates";
import { GUIDES_PATH } from "@/lib/guides/paths";
import { guideQuestions, screenHref, type GuideSubject } from "@/lib/guides/view";
import { GuidePlan } from "./guide-plan";
import { GuideBackground, GuideExtension, GuideMisconceptions, GuideObjectives, GuideQuestionList } from "./guide-sections";
import { PrintButton } from "./print-button";

type Props = Readonly<{ entry: GuideSubject; content: Content; locale: AppLocale }>;

const SECTIONS = ["objectives", "plan", "two-lessons", "background", "misconceptions", "extension", "questions"] as const;
const SECTION_TITLE = {
  objectives: "objectivesTitle",
  plan: "planTitle",
  "two-lessons": "twoLessonsTitle",
  background: "backgroundTitle",
  misconceptions: "misconceptionsTitle",
  extension: "extensionTitle",
  questions: "questionsTitle",
} as const;

/**
 * One teacher's guide, to read before class or print: no site chrome on paper (app/globals.css),
 * a heading per section for screen readers, a table of contents on screen.
 */
export async function GuideView({ entry, content, locale }: Props) {
  const t = await getTranslations("guides");
  const { subject, name, guide } = entry;
  const questions = guideQuestions(content, subject, locale);
  const text = screenHref(subject === COMPARISON_GUIDE ? "compare-exercise" : "reader", subject)!;
  const props = { guide, content, questions, locale };
  return (
    <article aria-labelledby="guide-title" className="guide mx-auto max-w-3xl">
      <Link href={GUIDES_PATH} className="text-sm text-link print:hidden">
        ← {t("back")}
      </Link>
      <p className="mt-3 text-sm font-medium text-muted">{t("kicker")}</p>
      <h1 id="guide-title" className="font-serif text-3xl leading-tight font-semibold" lang={name.lang}>
        {name.text}
      </h1>
      <p className="mt-2 text-sm text-muted">
        {t("asOf", { date: formatDate(guide.asOf, locale) })} · {t("teachersOnly")}
      </p>
      <div className="mt-4 flex flex-wrap gap-2 print:hidden">
        <Link href={text} className={SECONDARY_LINK}>
          {subject === COMPARISON_GUIDE ? t("openExercise") : t("openText")}
        </Link>
        <PrintButton label={t("print")} />
      </div>
      <p className="mt-5 text-lg leading-relaxed">{guide[locale].summary}</p>
      <nav aria-label={t("contents")} className="mt-5 rounded-md bg-panel px-4 py-3 text-sm">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {SECTIONS.map((section) => (
            <li key={section}>
              <a href={`#guide-${section}`} className="text-link">
                {section === "plan"
                  ? t("planTitle", { minutes: guide.plan.reduce((sum, step) => sum + step.minutes, 0) })
                  : section === "extension"
                    ? t("extensionTitle", { title: guide.extension[locale].title })
                    : t(SECTION_TITLE[section])}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <GuideObjectives {...props} />
      <GuidePlan guide={guide} subject={subject} questions={questions} locale={locale} />
      <GuideBackground {...props} />
      <GuideMisconceptions {...props} />
      <GuideExtension {...props} />
      <GuideQuestionList questions={questions} />
    </article>
  );
}

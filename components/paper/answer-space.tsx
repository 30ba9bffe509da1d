import { getLocale, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/config";
import type { Content } from "@/lib/content";
import type { Question } from "@/lib/content/schemas";
import { claimsById } from "@/lib/claims/outcome";

/** Ruled lines to write on: one per `count`. */
function Lines({ count }: Readonly<{ count: number }>) {
  return (
    <div aria-hidden="true" className="mt-2">
      {Array.from({ length: count }, (_, index) => (
        <div key={index} className="paper-line" />
      ))}
    </div>
  );
}

/** An empty box to tick, drawn (a glyph would depend on the printer's fonts). */
const Box = () => <span aria-hidden="true" className="paper-box" />;

/** Room to write for an open answer: a line per 300 characters allowed, 4 to 8 lines. */
export const openLines = (maxLength: number) => Math.min(8, Math.max(4, Math.round(maxLength / 300)));

/** Rows of the tagging table on paper: enough for a good answer, not every tag the screen allows. */
const TECHNIQUE_ROWS = 8;

/**
 * Where a question is answered on paper, by its type: lines for open text, a box per option (and a
 * line for "other"), the scale drawn to circle, numbered rows for passages and technique tags.
 */
export async function AnswerSpace({ question, content }: Readonly<{ question: Question; content: Content }>) {
  const [t, locale] = await Promise.all([getTranslations("paper"), getLocale() as Promise<AppLocale>]);
  switch (question.type) {
    case "open":
      return <Lines count={openLines(question.maxLength)} />;
    case "single":
    case "multiple":
      return (
        <>
          <p className="paper-help">{question.type === "single" ? t("tickOne") : t("tickSeveral")}</p>
          <ul className="mt-1 space-y-1">
            {question.options.map((option) => (
              <li key={option.key} className="flex items-start gap-2">
                <Box />
                <span>{option[locale]}</span>
              </li>
            ))}
            {question.allowOther && (
              <li className="flex items-end gap-2">
                <Box />
                <span className="shrink-0">{t("otherLine")}</span>
                <span aria-hidden="true" className="paper-line flex-1" />
              </li>
            )}
          </ul>
        </>
      );
    case "scale": {
      const steps = Array.from({ length: question.max - question.min + 1 }, (_, index) => question.min + index);
      return (
        <>
          <p className="paper-help">{t("circleOne")}</p>
          <div className="mt-1 flex items-center gap-3">
            <span className="text-right">{question[locale].minLabel}</span>
            <ol className="flex gap-2">
              {steps.map((step) => (
                <li key={step} className="paper-scale-step">
                  {step}
                </li>
              ))}
            </ol>
            <span>{question[locale].maxLabel}</span>
          </div>
        </>
      );
    }
    case "evidence":
      return (
        <>
          <p className="paper-help">{t("evidenceHelp", { max: question.maxHighlights })}</p>
          <ol className="mt-1">
            {Array.from({ length: question.maxHighlights }, (_, index) => (
              <li key={index} className="flex items-end gap-2">
                <span className="shrink-0">{t("paragraph")}</span>
                <span aria-hidden="true" className="paper-line w-10 shrink-0" />
                <span aria-hidden="true" className="paper-line flex-1" />
              </li>
            ))}
          </ol>
        </>
      );
    case "lateral":
      return (
        <>
          <p className="paper-help">{(await getTranslations("lateralReview"))("paperHelp")}</p>
          <Lines count={8} />
        </>
      );
    case "technique": {
      const names = content.techniques.techniques.map((technique) => technique[locale].name).join(" · ");
      return (
        <>
          <p className="paper-help">{t("techniqueHelp")}</p>
          <p className="paper-help">{t("techniqueList", { names })}</p>
          <table className="paper-table mt-1 w-full">
            <thead>
              <tr>
                <th scope="col" className="w-10">
                  {t("paragraph")}
                </th>
                <th scope="col">{t("passage")}</th>
                <th scope="col" className="w-1/3">
                  {t("technique")}
                </th>
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: TECHNIQUE_ROWS }, (_, index) => (
                <tr key={index}>
                  <td />
                  <td />
                  <td />
                </tr>
              ))}
            </tbody>
          </table>
        </>
      );
    }
    case "calibration": {
      const [words, claims] = [await getTranslations("calibration"), claimsById(content)];
      return (
        <table className="paper-table mt-1 w-full">
          <thead>
            <tr>
              <th scope="col">{words("columnClaim")}</th>
              <th scope="col" className="w-1/6">
                {words("seriesBefore")}
              </th>
              <th scope="col" className="w-1/6">
                {words("seriesAfter")}
              </th>
            </tr>
          </thead>
          <tbody>
            {question.claims.map((id) => (
              <tr key={id}>
                <td>{claims.get(id)?.[locale].claim}</td>
                <td className="text-right">{words("percent", { value: "" })}</td>
                <td className="text-right">{words("percent", { value: "" })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      );
    }
  }
}

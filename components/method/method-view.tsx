import { getTranslations } from "next-intl/server";
import { ClaimStatusScale } from "@/components/claims/status-scale";
import type { Content } from "@/lib/content";
import { CorrectionsList } from "./corrections-list";

const SECTIONS = ["chosen", "checked", "statuses", "trust", "corrections"] as const;
const TRUST = ["trustIndependent", "trustAgencies", "trustOfficial", "trustStateMedia"] as const;

/** How claims are chosen and checked, what the statuses mean, which sources weigh most, and the corrections. */
export async function MethodView({ content }: Readonly<{ content: Content }>) {
  const t = await getTranslations("method");
  const heading = (section: (typeof SECTIONS)[number]) => (
    <h2 id={section} className="mt-10 scroll-mt-20 font-serif text-2xl font-semibold">
      {t(`${section}Title`)}
    </h2>
  );
  return (
    <article className="mx-auto max-w-3xl px-4 py-10 leading-relaxed">
      <h1 className="font-serif text-3xl font-semibold">{t("title")}</h1>
      <p className="mt-3 text-lg">{t("intro")}</p>
      <nav aria-label={t("contents")} className="mt-6 rounded-lg border border-line bg-panel p-4 text-sm">
        <ol className="list-decimal space-y-1 pl-5">
          {SECTIONS.map((section) => (
            <li key={section}>
              <a href={`#${section}`} className="text-accent underline">
                {t(`${section}Title`)}
              </a>
            </li>
          ))}
        </ol>
      </nav>

      {heading("chosen")}
      <p className="mt-3">{t("chosenBody")}</p>

      {heading("checked")}
      <p className="mt-3">{t("checkedRecord")}</p>
      <p className="mt-3">{t("checkedDisagree")}</p>
      <p className="mt-3">{t("checkedAbsence")}</p>

      {heading("statuses")}
      <p className="mt-3">{t("statusesIntro")}</p>
      <ClaimStatusScale className="mt-3" />

      {heading("trust")}
      <p className="mt-3">{t("trustIntro")}</p>
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        {TRUST.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ol>
      <p className="mt-3">{t("trustNote")}</p>

      {heading("corrections")}
      <p className="mt-3">{t("correctionsIntro")}</p>
      <CorrectionsList content={content} />
    </article>
  );
}

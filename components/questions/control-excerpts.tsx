import { getTranslations } from "next-intl/server";
import { SourceLinks } from "@/components/background/source-links";
import type { AppLocale } from "@/lib/config";
import { controlNumber, type ControlExcerpt } from "@/lib/content/controls";
import type { Source } from "@/lib/content/schemas";

type Props = Readonly<{ excerpts: readonly ControlExcerpt[]; sources: Record<string, Source>; locale: AppLocale }>;

/**
 * The technique exercise's control excerpts (issue 27): short neutral texts on the same events,
 * apart from the article and labelled as not part of it, each with its sources. The learner marks
 * in them as in the article: each French text is the lone text node of a data-text element named
 * by its block (x1, x2, …), so a selection in it is offsets into the stored text (lib/passages/dom.ts).
 * In English the translation follows, outside data-text.
 */
export async function ControlExcerpts({ excerpts, sources, locale }: Props) {
  const t = await getTranslations("discernment");
  if (excerpts.length === 0) return null;
  return (
    <section aria-labelledby="controls-title" className="mt-3 rounded-md border-2 border-dashed border-line bg-panel p-3" data-controls>
      <h4 id="controls-title" className="font-semibold">
        {t("controlsTitle")}
      </h4>
      <p className="mt-1 text-sm text-muted">{t("controlsIntro")}</p>
      <ol className="mt-2 space-y-3">
        {excerpts.map((excerpt) => (
          <li key={excerpt.block} id={excerpt.block}>
            <p className="text-xs font-medium tracking-wide text-muted uppercase">{t("controlLabel", { number: controlNumber(excerpt.block) ?? 0 })}</p>
            <blockquote lang="fr" className="mt-1 border-l-4 border-line pl-3 font-serif">
              <p data-text={excerpt.block}>{excerpt.fr}</p>
            </blockquote>
            {locale === "en" && (
              <p lang="en" className="mt-1 pl-4 text-sm text-muted">
                {t("controlTranslation")}: {excerpt.en}
              </p>
            )}
            <p className="pl-4">
              <SourceLinks ids={excerpt.sources} sources={sources} />
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}

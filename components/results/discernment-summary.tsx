import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ScrollTable } from "@/components/ui/scroll-table";
import type { AppLocale } from "@/lib/config";
import type { Content } from "@/lib/content";
import type { TechniqueComparison } from "@/lib/results/results";
import { discernment as detect } from "@/lib/scoring/discernment";
import { AnnotatedPassage } from "./annotated-passage";
import { BlockLabel } from "@/components/shared/block-label";

/** Below this size a bias reads as balanced: c moves by about 0.2 when one neutral passage more is marked. */
const BALANCED = 0.2;
/** From this share of neutral passages marked, the summary says that suspecting everything is not spotting. */
const SUSPICIOUS = 0.5;

/**
 * Discernment (issue 27): the reference spans the learner found against the neutral passages they
 * marked, with d′ and c in plain words, beside the overlap scores and under the same reveal policy.
 */
export async function DiscernmentSummary({ discernment, content }: Readonly<{ discernment: TechniqueComparison["discernment"]; content: Content }>) {
  const [t, format, locale] = await Promise.all([getTranslations("discernment"), getFormatter(), getLocale() as Promise<AppLocale>]);
  const { overall, byTechnique, clean } = discernment;
  const decimal = (value: number) => format.number(value, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: "negative" });
  const techniqueName = (id: string) => content.techniques.techniques.find((technique) => technique.id === id)?.[locale].name ?? id;
  const marked = clean.filter((item) => item.flagged);
  // Marking everything (or nothing) has d′ 0 only with as many neutral passages as manipulative ones: the log-linear
  // correction (lib/scoring/discernment.ts) moves it a little with unequal counts, so the learner is told this text's figure.
  const { signal, noise } = overall;
  const extreme = (all: boolean) => detect({ hits: all ? signal : 0, signal, falseAlarms: all ? noise : 0, noise }).dPrime ?? 0;
  const biasWords =
    overall.bias === null ? null : overall.bias < -BALANCED ? t("biasLiberal") : overall.bias > BALANCED ? t("biasConservative") : t("biasBalanced");

  return (
    <section aria-labelledby="discernment-title" className="mt-4 rounded-md border border-line bg-panel p-4" data-discernment>
      <h4 id="discernment-title" className="font-semibold">
        {t("title")}
      </h4>
      <p className="mt-1 text-sm leading-relaxed text-muted">{t("intro")}</p>
      <ul className="mt-3 space-y-1 text-sm">
        <li data-hits>{t("hits", { hits: overall.hits, signal: overall.signal })}</li>
        <li data-false-alarms>{t("falseAlarms", { falseAlarms: overall.falseAlarms, noise: overall.noise })}</li>
      </ul>
      {(overall.falseAlarmRate ?? 0) >= SUSPICIOUS && <p className="mt-2 rounded-md bg-warn-soft px-3 py-2 text-sm text-warn">{t("suspicion")}</p>}
      {overall.dPrime === null || overall.bias === null ? (
        <p className="mt-2 text-sm">{t("noDPrime")}</p>
      ) : (
        <dl className="mt-3 space-y-2 text-sm">
          <div>
            <dt className="font-medium" data-d-prime>
              {t("dPrime", { value: decimal(overall.dPrime) })}
            </dt>
            <dd className="text-muted">{t("dPrimeHelp", { everything: decimal(extreme(true)), nothing: decimal(extreme(false)) })}</dd>
          </div>
          <div>
            <dt className="font-medium" data-bias>
              {t("bias", { value: decimal(overall.bias) })}
            </dt>
            <dd>{biasWords}</dd>
            <dd className="text-muted">{t("biasHelp")}</dd>
          </div>
        </dl>
      )}
      <ScrollTable
        className="mt-3"
        caption={t("byTechnique")}
        captionVisible
        columns={[{ label: t("technique") }, { label: t("found"), className: "text-right" }, { label: "d′", className: "text-right" }]}
      >
        {Object.entries(byTechnique).map(([id, score]) => (
          <tr key={id} className="border-b border-line">
            <th scope="row" className="py-1 font-normal">
              {techniqueName(id)}
            </th>
            <td className="py-1 pl-3 text-right whitespace-nowrap tabular-nums">{t("foundOf", { hits: score.hits, signal: score.signal })}</td>
            <td className="py-1 pl-3 text-right whitespace-nowrap tabular-nums">{score.dPrime === null ? "—" : decimal(score.dPrime)}</td>
          </tr>
        ))}
      </ScrollTable>
      {marked.length > 0 && (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer text-accent">{t("markedTitle")}</summary>
          <div className="mt-2 space-y-1">
            {marked.map((item) => (
              <AnnotatedPassage key={item.id} label={<BlockLabel block={item.block} />} quote={item.quote} className="border-warn bg-surface" />
            ))}
          </div>
        </details>
      )}
    </section>
  );
}

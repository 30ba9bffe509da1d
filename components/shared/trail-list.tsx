import { getTranslations } from "next-intl/server";
import type { Content } from "@/lib/content";
import type { AnswerView } from "@/lib/question-types/definition";
import { minutesAndSeconds } from "@/lib/question-types/lateral";

type Props = Readonly<{
  view: Extract<AnswerView, { as: "trail" }>;
  content: Content;
  /** The teacher's hint: how many sites outside the subject's own and the app. */
  hint?: boolean;
  className?: string;
}>;

/**
 * A lateral-reading trail as it reads on the review cards and after submission: the sources in the
 * order noted, the verdict, the time it took, and whether the web was blocked. Addresses are shown
 * as text, never as links (nothing a learner typed becomes a link in the app).
 */
export async function TrailList({ view, content, hint = false, className = "" }: Props) {
  const [t, levels] = await Promise.all([getTranslations("lateralReview"), getTranslations("lateral.trustLevels")]);
  const cardName = (id: string) => content.sourceCards.find((card) => card.id === id)?.name ?? id;
  return (
    <div className={`space-y-2 ${className}`}>
      {view.offline && <p className="rounded-md bg-warn-soft px-2 py-1 text-warn">{t("offline")}</p>}
      {view.trail.length === 0 ? (
        <p className="text-muted italic">{t("noTrail")}</p>
      ) : (
        <ol className="list-decimal space-y-2 pl-5">
          {view.trail.map((entry, index) => (
            <li key={index}>
              <span className="font-medium break-all">
                {entry.card !== undefined ? t("cardSource", { name: cardName(entry.card) }) : entry.url || t("noAddress")}
              </span>
              {entry.says && <span className="block whitespace-pre-wrap">{entry.says}</span>}
              <span className="block text-muted">
                {entry.trust === null ? t("noTrust") : t("trust", { level: levels(String(entry.trust) as "1") })}
                {entry.why && <> · {t("why", { text: entry.why })}</>}
              </span>
            </li>
          ))}
        </ol>
      )}
      <p className="font-semibold">{t("verdict")}</p>
      {view.verdict ? <p className="whitespace-pre-wrap">{view.verdict}</p> : <p className="text-muted italic">{t("noVerdict")}</p>}
      <p className="text-muted">{view.seconds === null ? t("noTime") : t("timeToVerdict", { duration: t("duration", minutesAndSeconds(view.seconds)) })}</p>
      {hint && <p className="text-sm text-muted">{t("outside", { count: view.outside })}</p>}
    </div>
  );
}

import { getTranslations } from "next-intl/server";
import { PRIMARY_BUTTON, SECONDARY_LINK } from "@/components/forms/buttons";
import { Link } from "@/i18n/navigation";
import type { AttemptWithAnswers } from "@/lib/attempts/queries";
import type { AppLocale } from "@/lib/config";
import type { Content } from "@/lib/content";
import { eraseGuestWorkAction } from "@/lib/erasure/actions";
import type { ErrorCode } from "@/lib/errors";
import { exerciseNames } from "@/lib/exercises/names";

type Props = Readonly<{ content: Content; attempts: readonly AttemptWithAnswers[]; locale: AppLocale; error: ErrorCode | null }>;

/**
 * A guest's confirmation before erasing their work: each exercise with its attempts and answers,
 * and the session that goes with them. A plain form posting to a server action, so it works
 * before (or without) JavaScript; a failure comes back in the address.
 */
export async function EraseWorkView({ content, attempts, locale, error }: Props) {
  const [t, exercise, errors] = await Promise.all([getTranslations("myWork"), getTranslations("exercise"), getTranslations("errors.codes")]);
  const worked = exerciseNames(content, locale, exercise("title"))
    .map((name) => ({ name, mine: attempts.filter((attempt) => attempt.exerciseKey === name.key) }))
    .filter(({ mine }) => mine.length > 0);
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <Link href="/my-work" className="text-sm text-link">
        ← {t("title")}
      </Link>
      <h1 className="mt-2 font-serif text-3xl font-semibold">{t("eraseTitle")}</h1>
      <p className="mt-3 leading-relaxed">{t("eraseIntro")}</p>
      <ul className="mt-3 list-disc space-y-2 pl-5 leading-relaxed">
        {worked.map(({ name, mine }) => (
          <li key={name.key}>
            {t.rich("eraseExercise", {
              name: name.text,
              title: (chunks) => <span lang={name.lang}>{chunks}</span>,
              attempts: mine.length,
              answers: mine.reduce((sum, attempt) => sum + Object.keys(attempt.answers).length, 0),
            })}
          </li>
        ))}
        {worked.length === 0 && <li>{t("eraseNoAnswers")}</li>}
        <li>{t("eraseSession")}</li>
      </ul>
      <form action={eraseGuestWorkAction} className="mt-6 flex flex-wrap items-center gap-3">
        <input type="hidden" name="locale" value={locale} />
        {error && (
          <p role="alert" className="basis-full rounded-md border border-danger/30 bg-danger-soft px-3 py-2 text-sm font-medium text-danger">
            {errors(error, { max: 0 })}
          </p>
        )}
        <button type="submit" className={`${PRIMARY_BUTTON} bg-danger hover:bg-danger`}>
          {t("eraseConfirm")}
        </button>
        <Link href="/my-work" className={SECONDARY_LINK}>
          {t("eraseCancel")}
        </Link>
      </form>
    </div>
  );
}

import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import type { AttemptWithAnswers } from "@/lib/attempts/queries";
import type { AppLocale } from "@/lib/config";
import { formatDate } from "@/lib/format/dates";

type Props = Readonly<{
  attempt: AttemptWithAnswers;
  title: ReactNode;
  /** "Start again": the exercise's own page, and the words for it. */
  startAgain: { href: string; label: string };
  /** Further links beside "Start again". */
  children?: ReactNode;
}>;

/**
 * The top of a submitted attempt's commentary: back to My work, what was done and when, start
 * again. Work for an assignment names its class instead: it has one attempt, never started again.
 */
export async function ResultsHeader({ attempt, title, startAgain, children }: Props) {
  const [t, mine, locale] = await Promise.all([getTranslations("results"), getTranslations("myAssignments"), getLocale() as Promise<AppLocale>]);
  return (
    <>
      <Link href="/my-work" className="text-sm text-accent underline-offset-4 hover:underline">
        ← {t("backToWork")}
      </Link>
      <p className="mt-3 text-sm font-medium text-muted">{attempt.assignment ? mine("forClass", { className: attempt.assignment.className }) : t("title")}</p>
      <h1 className="font-serif text-3xl font-semibold">{title}</h1>
      <p className="mt-2 text-sm text-muted">
        {t("attemptLine", { number: attempt.number, date: formatDate((attempt.submittedAt ?? attempt.startedAt).slice(0, 10), locale) })}
      </p>
      <div className="mt-4 flex flex-wrap gap-2">
        {!attempt.assignment && (
          <Link href={startAgain.href} className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-on-accent no-underline hover:bg-accent-strong">
            {startAgain.label}
          </Link>
        )}
        {children}
      </div>
    </>
  );
}

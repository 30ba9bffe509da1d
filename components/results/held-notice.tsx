import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import type { AttemptWithAnswers } from "@/lib/attempts/queries";
import type { CommentaryHold } from "@/lib/assignments/types";
import type { AppLocale } from "@/lib/config";
import { formatDate } from "@/lib/format/dates";

type Props = Readonly<{
  attempt: AttemptWithAnswers;
  title: ReactNode;
  /** The assignment of the learner's class that holds this exercise's commentary back. */
  hold: CommentaryHold;
  /** The exercise's own page, to start it again. */
  startAgainHref: string;
}>;

/**
 * A self-study attempt whose commentary an assignment of the learner's class holds back
 * (lib/assignments/policy.ts attemptVisibility): that it was handed in, and why its commentary is
 * not shown here, naming the class.
 */
export async function HeldNotice({ attempt, title, hold, startAgainHref }: Props) {
  const [t, locale] = await Promise.all([getTranslations("results"), getLocale() as Promise<AppLocale>]);
  const date = formatDate((attempt.submittedAt ?? attempt.startedAt).slice(0, 10), locale);
  const why = {
    AFTER_RELEASE: () => t("held.AFTER_RELEASE", { date, className: hold.className }),
    NEVER: () => t("held.NEVER", { date, className: hold.className }),
  };
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <Link href="/my-work" className="text-sm text-accent underline-offset-4 hover:underline">
        ← {t("backToWork")}
      </Link>
      <p className="mt-3 text-sm font-medium text-muted">{t("title")}</p>
      <h1 className="font-serif text-3xl font-semibold">{title}</h1>
      <section role="status" aria-labelledby="held-title" className="mt-6 rounded-lg border border-accent/30 bg-accent-soft p-5">
        <h2 id="held-title" className="text-xl font-semibold">
          {t("heldTitle")}
        </h2>
        <p className="mt-2 leading-relaxed">{why[hold.revealPolicy]()}</p>
        <Link href={startAgainHref} className="mt-3 inline-block font-medium text-accent underline underline-offset-4">
          {t("startAgain")}
        </Link>
      </section>
    </div>
  );
}

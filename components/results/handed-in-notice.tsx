import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import type { AttemptWithAnswers } from "@/lib/attempts/queries";
import type { ResultsVisibility } from "@/lib/assignments/types";
import type { AppLocale } from "@/lib/config";
import { formatDate } from "@/lib/format/dates";

type Props = Readonly<{
  attempt: AttemptWithAnswers & { assignment: NonNullable<AttemptWithAnswers["assignment"]> };
  title: ReactNode;
  visibility: Exclude<ResultsVisibility, "commentary">;
  /** The assignment's reader, where the handed-in answers read (read-only). */
  rereadHref: string;
  /** The teacher's released feedback, when there is some. */
  children?: ReactNode;
}>;

/**
 * What a student sees of submitted work whose commentary is not (yet) theirs to read: "waiting
 * for your teacher" until the teacher releases it, or simply that the work was handed in.
 */
export async function HandedInNotice({ attempt, title, visibility, rereadHref, children }: Props) {
  const [t, results, locale] = await Promise.all([getTranslations("myAssignments"), getTranslations("results"), getLocale() as Promise<AppLocale>]);
  const date = formatDate((attempt.submittedAt ?? attempt.startedAt).slice(0, 10), locale);
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <Link href="/my-work" className="text-sm text-accent underline-offset-4 hover:underline">
        ← {results("backToWork")}
      </Link>
      <p className="mt-3 text-sm font-medium text-muted">{t("forClass", { className: attempt.assignment.className })}</p>
      <h1 className="font-serif text-3xl font-semibold">{title}</h1>
      <section role="status" aria-labelledby="handed-in-title" className="mt-6 rounded-lg border border-accent/30 bg-accent-soft p-5">
        <h2 id="handed-in-title" className="text-xl font-semibold">
          {visibility === "waiting" ? t("waitingTitle") : t("handedInTitle")}
        </h2>
        <p className="mt-2 leading-relaxed">{visibility === "waiting" ? t("waitingBody", { date }) : t("handedInBody", { date })}</p>
        <Link href={rereadHref} className="mt-3 inline-block font-medium text-accent underline underline-offset-4">
          {t("reread")}
        </Link>
      </section>
      {children}
    </div>
  );
}

import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { AttemptWithAnswers } from "@/lib/attempts/queries";
import type { AppLocale } from "@/lib/config";
import { formatDate } from "@/lib/format/dates";

/** Shown when the learner's last attempt on this article was submitted: new answers start a new one. */
export async function SubmittedNotice({ attempt }: Readonly<{ attempt: AttemptWithAnswers }>) {
  const [t, locale] = await Promise.all([getTranslations("myWork"), getLocale() as Promise<AppLocale>]);
  return (
    <div className="mt-3 rounded-md border border-accent/30 bg-accent-soft px-3 py-2 text-sm">
      <p>
        {t("submittedOn", { number: attempt.number, date: formatDate((attempt.submittedAt ?? attempt.startedAt).slice(0, 10), locale) })}{" "}
        <Link href={`/my-work/${attempt.id}`} className="font-medium text-accent underline">
          {t("seeCommentary")}
        </Link>
      </p>
      <p className="mt-1 text-muted">{t("newAttemptNote")}</p>
    </div>
  );
}

import { getTranslations } from "next-intl/server";
import { CLAIM_STATUSES } from "@/lib/content/schemas";

/** The claim statuses and what each means: under the claims panel and on the method page. */
export async function ClaimStatusScale({ className = "" }: Readonly<{ className?: string }>) {
  const t = await getTranslations("claims");
  return (
    <dl className={`space-y-1 ${className}`}>
      {CLAIM_STATUSES.map((status) => (
        <div key={status}>
          <dt className="font-medium">{t(`status.${status}`)}</dt>
          <dd className="text-muted">{t(`statusHelp.${status}`)}</dd>
        </div>
      ))}
    </dl>
  );
}

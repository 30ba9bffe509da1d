import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ClaimStatus as Status } from "@/lib/content/schemas";

const TONE: Record<Status, BadgeTone> = {
  documented: "ok",
  "official-claim-only": "info",
  disputed: "warn",
  "no-evidence-presented": "neutral",
  "contradicted-by-record": "danger",
};

/** Where the record stands on a claim, with the scale's definition for screen readers and on hover. */
export async function ClaimStatusBadge({ status }: Readonly<{ status: Status }>) {
  const t = await getTranslations("claims");
  return (
    <Badge tone={TONE[status]} title={t(`statusHelp.${status}`)}>
      {t(`status.${status}`)}
      <span className="sr-only"> ({t(`statusHelp.${status}`)})</span>
    </Badge>
  );
}

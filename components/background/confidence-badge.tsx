import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { Confidence } from "@/lib/content/schemas";

const TONE: Record<Confidence, BadgeTone> = { confirmed: "ok", single: "neutral", disputed: "warn", "official-only": "info" };

/** How sure the record is, with the definition on hover and for screen readers. */
export async function ConfidenceBadge({ confidence }: Readonly<{ confidence: Confidence }>) {
  const t = await getTranslations("background");
  return (
    <Badge tone={TONE[confidence]} title={t(`confidenceHelp.${confidence}`)}>
      {t(`confidence.${confidence}`)}
      <span className="sr-only"> ({t(`confidenceHelp.${confidence}`)})</span>
    </Badge>
  );
}

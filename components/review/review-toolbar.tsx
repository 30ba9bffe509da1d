import { getTranslations } from "next-intl/server";
import { SECONDARY_LINK } from "@/components/forms/buttons";
import { Link } from "@/i18n/navigation";
import { KeyboardNav } from "./keyboard-nav";

type Props = Readonly<{
  neighbours: { previous: string | null; next: string | null };
  labels: { previous: string; next: string };
  /** This screen's address, for the blind and projection switches. */
  here: string;
  blind: boolean;
  projection?: boolean;
  /** Extra keys for previous/next besides [ and ] (j/k on a student's page). */
  keys?: { previous: string[]; next: string[] };
}>;

/** Previous/next (links, and [ ] on the keyboard), names shown or hidden, projection. */
export async function ReviewToolbar({ neighbours, labels, here, blind, projection = false, keys = { previous: [], next: [] } }: Props) {
  const t = await getTranslations("review");
  const keep = (path: string | null) => (path && blind ? `${path}?blind=1` : path);
  const previous = keep(neighbours.previous);
  const next = keep(neighbours.next);
  return (
    <div className="mt-4 flex flex-wrap items-center gap-2">
      {previous ? (
        <Link href={previous} rel="prev" className={SECONDARY_LINK}>
          ← {labels.previous}
        </Link>
      ) : null}
      {next ? (
        <Link href={next} rel="next" className={SECONDARY_LINK}>
          {labels.next} →
        </Link>
      ) : null}
      <span className="text-sm text-muted">{t("keysHelp", { previous: ["[", ...keys.previous].join(" "), next: ["]", ...keys.next].join(" ") })}</span>
      <span className="ml-auto flex flex-wrap gap-2">
        <Link href={blind ? here : `${here}?blind=1`} className={SECONDARY_LINK}>
          {blind ? t("showNames") : t("hideNames")}
        </Link>
        {projection && (
          <Link href={`${here}?mode=projection`} className={SECONDARY_LINK}>
            {t("project")}
          </Link>
        )}
      </span>
      <KeyboardNav
        bindings={[
          { keys: ["[", ...keys.previous], href: previous },
          { keys: ["]", ...keys.next], href: next },
        ]}
      />
    </div>
  );
}

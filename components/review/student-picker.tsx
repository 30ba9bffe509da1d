import { getTranslations } from "next-intl/server";
import { SECONDARY_BUTTON } from "@/components/forms/buttons";
import { inReviewOrder } from "@/lib/review/order";
import type { RosterEntry } from "@/lib/review/types";

type Props = Readonly<{ action: string; roster: readonly RosterEntry[]; current: string; blind: boolean }>;

/**
 * Go straight to any student: a list (names, or numbers when hidden, with how far each got) and a
 * button, a plain GET form to "By student", so it works without JavaScript and never moves on
 * while someone browses the list with the arrow keys.
 */
export async function StudentPicker({ action, roster, current, blind }: Props) {
  const t = await getTranslations("review");
  const state = (entry: RosterEntry) => t(`cell.${entry.attempt === "SUBMITTED" ? "submitted" : entry.attempt ? "inProgress" : "notStarted"}`);
  return (
    <form action={action} method="get" className="mt-4 flex flex-wrap items-end gap-2">
      {blind && <input type="hidden" name="blind" value="1" />}
      <div>
        <label htmlFor="student-picker" className="block text-sm font-medium">
          {t("pickStudent")}
        </label>
        <select id="student-picker" name="student" defaultValue={current} className="mt-1 rounded-md border border-line bg-surface px-2 py-1.5">
          {inReviewOrder(roster, blind).map((entry) => (
            <option key={entry.enrolmentId} value={entry.enrolmentId}>
              {blind ? t("pseudonym", { number: entry.number }) : entry.name} · {state(entry)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={SECONDARY_BUTTON}>
        {t("showStudent")}
      </button>
    </form>
  );
}

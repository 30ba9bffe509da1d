import { getTranslations } from "next-intl/server";
import { PRIMARY_BUTTON } from "@/components/forms/buttons";
import { TextField } from "@/components/forms/text-field";
import { deleteClassAction } from "@/lib/classes/actions";
import type { ErrorCode } from "@/lib/errors";

type Props = Readonly<{ classId: string; name: string; students: number; locale: string; error: ErrorCode | null }>;

/**
 * Deleting a class for good: what goes, then the class's name to type. A plain form posting to a
 * server action, so it works before (or without) JavaScript; a mistake comes back in the address.
 */
export async function DeleteClassForm({ classId, name, students, locale, error }: Props) {
  const [t, errors] = await Promise.all([getTranslations("teach"), getTranslations("errors.codes")]);
  return (
    <form action={deleteClassAction} className="card max-w-xl space-y-4">
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="locale" value={locale} />
      <p className="font-medium">{t("deleteClassConfirm", { name, count: students })}</p>
      <TextField
        id="confirm-name"
        name="confirmName"
        label={t("deleteClassType", { name })}
        autoComplete="off"
        required
        error={error ? errors(error, { max: 0 }) : undefined}
      />
      <button type="submit" className={`${PRIMARY_BUTTON} bg-danger hover:bg-danger`}>
        {t("deleteClassForGood")}
      </button>
    </form>
  );
}

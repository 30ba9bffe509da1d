import { getTranslations } from "next-intl/server";

/** Above a sign-in form reached from a page whose session ended (`?next=`): why, and that nothing typed is lost. */
export async function SessionEndedNote() {
  const t = await getTranslations("auth");
  return (
    <p role="status" className="mb-4 rounded-md border-l-4 border-warn bg-panel px-3 py-2 text-sm">
      {t("sessionEnded")}
    </p>
  );
}

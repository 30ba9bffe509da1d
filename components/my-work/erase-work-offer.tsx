import { getTranslations } from "next-intl/server";
import { DANGER_BUTTON } from "@/components/forms/buttons";
import { Link } from "@/i18n/navigation";

/** On a guest's "My work": their work can be erased, on a page that says what goes and asks first. */
export async function EraseWorkOffer() {
  const t = await getTranslations("myWork");
  return (
    <section aria-labelledby="erase-work" className="mt-10 border-t border-line pt-6">
      <h2 id="erase-work" className="text-lg font-semibold">
        {t("eraseTitle")}
      </h2>
      <p className="mt-1 max-w-2xl text-sm text-muted">{t("eraseOffer")}</p>
      <Link href="/my-work/delete" className={`${DANGER_BUTTON} mt-3 inline-block no-underline`}>
        {t("eraseLink")}
      </Link>
    </section>
  );
}

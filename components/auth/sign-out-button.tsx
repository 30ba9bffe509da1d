import { getLocale, getTranslations } from "next-intl/server";
import { SECONDARY_BUTTON } from "@/components/forms/buttons";
import { signOutAction } from "@/lib/auth/actions";

/** Ends the session; a plain form, so it works before the page's scripts have loaded. */
export async function SignOutButton() {
  const [t, locale] = await Promise.all([getTranslations("auth"), getLocale()]);
  return (
    <form action={signOutAction}>
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" className={SECONDARY_BUTTON}>
        {t("signOut")}
      </button>
    </form>
  );
}

import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { Link } from "@/i18n/navigation";
import { GUIDES_PATH } from "@/lib/guides/paths";

/** The teacher area's own bar: classes, guides, account, sign out. */
export async function TeachNav() {
  const t = await getTranslations("teach");
  return (
    <nav aria-label={t("areaLabel")} className="border-b border-line bg-panel">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-5 gap-y-2 px-4 py-2 text-sm">
        <span className="font-semibold text-muted">{t("areaLabel")}</span>
        <Link href="/teach" className="text-link">
          {t("classes")}
        </Link>
        <Link href={GUIDES_PATH} className="text-link">
          {t("guides")}
        </Link>
        <Link href="/teach/account" className="text-link">
          {t("account")}
        </Link>
        <div className="ml-auto">
          <SignOutButton />
        </div>
      </div>
    </nav>
  );
}

import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { RegenerateRecoveryCodesForm } from "@/components/auth/regenerate-recovery-codes-form";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { DANGER_BUTTON } from "@/components/forms/buttons";
import { Link } from "@/i18n/navigation";
import { recoveryCodesLeft } from "@/lib/auth/recovery-codes";
import { requireTeacher } from "@/lib/auth/session";

type Props = Readonly<{ params: Promise<{ locale: string }>; searchParams: Promise<{ recovered?: string | string[] }> }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "auth" });
  return { title: t("accountTitle") };
}

/**
 * /[locale]/teach/account — change password, recovery codes (how many are left, new ones), sign
 * out, delete the account. ?recovered=1: the password was just reset with a recovery code.
 */
export default async function AccountPage({ params, searchParams }: Props) {
  setRequestLocale((await params).locale);
  const viewer = await requireTeacher();
  const [t, codes, { recovered }] = await Promise.all([getTranslations("auth"), recoveryCodesLeft(viewer), searchParams]);
  return (
    <>
      <h1 className="font-serif text-3xl font-semibold">{t("accountTitle")}</h1>
      {recovered === "1" && (
        <p role="status" className="mt-4 max-w-lg rounded-md border border-ok/30 bg-ok-soft px-3 py-2 font-medium text-ok">
          {t("recovery.recovered", { left: codes.left })}
        </p>
      )}
      <section aria-labelledby="password-title" className="card mt-6 max-w-lg">
        <h2 id="password-title" className="mb-3 text-lg font-semibold">
          {t("changePasswordTitle")}
        </h2>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="recovery-title" className="card mt-6 max-w-lg">
        <h2 id="recovery-title" className="text-lg font-semibold">
          {t("recovery.accountTitle")}
        </h2>
        <p className="mt-1 text-sm text-muted">{t("recovery.accountHelp")}</p>
        <p className={`mt-3 font-medium ${codes.left <= 2 ? "text-warn" : ""}`}>
          {codes.issued ? t("recovery.left", { left: codes.left }) : t("recovery.noneYet")}
        </p>
        <div className="mt-4">
          <RegenerateRecoveryCodesForm />
        </div>
      </section>
      <section aria-labelledby="sign-out-title" className="mt-8 max-w-lg">
        <h2 id="sign-out-title" className="text-lg font-semibold">
          {t("signOutTitle")}
        </h2>
        <p className="mt-1 text-sm text-muted">{t("signOutHelp")}</p>
        <div className="mt-3">
          <SignOutButton />
        </div>
      </section>
      <section aria-labelledby="delete-account-title" className="mt-8 max-w-lg">
        <h2 id="delete-account-title" className="text-lg font-semibold">
          {t("deleteAccountTitle")}
        </h2>
        <p className="mt-1 text-sm text-muted">{t("deleteAccountHelp")}</p>
        <Link href="/teach/account/delete" className={`${DANGER_BUTTON} mt-3 inline-block no-underline`}>
          {t("deleteAccountLink")}
        </Link>
      </section>
    </>
  );
}

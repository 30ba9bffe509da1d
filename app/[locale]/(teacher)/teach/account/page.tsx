import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { DANGER_BUTTON } from "@/components/forms/buttons";
import { Link } from "@/i18n/navigation";
import { requireTeacher } from "@/lib/auth/session";

type Props = Readonly<{ params: Promise<{ locale: string }> }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "auth" });
  return { title: t("accountTitle") };
}

/** /[locale]/teach/account — change password, sign out, delete the account. */
export default async function AccountPage({ params }: Props) {
  setRequestLocale((await params).locale);
  await requireTeacher();
  const t = await getTranslations("auth");
  return (
    <>
      <h1 className="font-serif text-3xl font-semibold">{t("accountTitle")}</h1>
      <section aria-labelledby="password-title" className="card mt-6 max-w-lg">
        <h2 id="password-title" className="mb-3 text-lg font-semibold">
          {t("changePasswordTitle")}
        </h2>
        <ChangePasswordForm />
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

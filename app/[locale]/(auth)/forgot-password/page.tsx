import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuthPage } from "@/components/auth/auth-page";
import { RecoverPasswordForm } from "@/components/auth/recover-password-form";
import { Link } from "@/i18n/navigation";

type Props = Readonly<{ params: Promise<{ locale: string }> }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "auth.recovery" });
  return { title: t("forgotTitle") };
}

/**
 * /[locale]/forgot-password — a teacher who forgot their password sets a new one with one of their
 * recovery codes (the app sends no e-mail). Students ask their teacher for a new sign-in slip.
 */
export default async function ForgotPasswordPage({ params }: Props) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("auth");
  return (
    <AuthPage
      title={t("recovery.forgotTitle")}
      intro={t("recovery.forgotIntro")}
      aside={
        <>
          <p>{t("recovery.noCodes")}</p>
          <p>{t("recovery.students")}</p>
          <p>
            <Link href="/sign-in/teacher" className="text-link">
              {t("teacherSignInLink")}
            </Link>
          </p>
        </>
      }
    >
      <RecoverPasswordForm />
    </AuthPage>
  );
}

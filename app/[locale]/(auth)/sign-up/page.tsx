import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuthPage } from "@/components/auth/auth-page";
import { TeacherSignUpForm } from "@/components/auth/teacher-sign-up-form";
import { Link } from "@/i18n/navigation";

type Props = Readonly<{ params: Promise<{ locale: string }> }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "auth" });
  return { title: t("signUpTitle") };
}

/** /[locale]/sign-up — a teacher's account (students join their class instead: /join). */
export default async function SignUpPage({ params }: Props) {
  setRequestLocale((await params).locale);
  const [t, privacy] = await Promise.all([getTranslations("auth"), getTranslations("privacy")]);
  return (
    <AuthPage
      title={t("signUpTitle")}
      intro={t("signUpIntro")}
      aside={
        <>
          <p>
            {t("haveAccount")}{" "}
            <Link href="/sign-in/teacher" className="text-link">
              {t("teacherSignInLink")}
            </Link>
          </p>
          <p>
            <Link href="/privacy" className="text-link">
              {privacy("footerLink")}
            </Link>
          </p>
        </>
      }
    >
      <TeacherSignUpForm />
    </AuthPage>
  );
}

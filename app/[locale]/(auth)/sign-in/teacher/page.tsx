import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuthPage } from "@/components/auth/auth-page";
import { SessionEndedNote } from "@/components/auth/session-ended-note";
import { TeacherSignInForm } from "@/components/auth/teacher-sign-in-form";
import { Link } from "@/i18n/navigation";

type Props = Readonly<{ params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string | string[] }> }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "auth" });
  return { title: t("teacherTitle") };
}

/**
 * /[locale]/sign-in/teacher — teachers sign in with their e-mail address and password; ?next= is
 * the teacher's page they come back to (their session ended there).
 */
export default async function TeacherSignInPage({ params, searchParams }: Props) {
  setRequestLocale((await params).locale);
  const [t, { next }] = await Promise.all([getTranslations("auth"), searchParams]);
  const returning = typeof next === "string" ? next : undefined;
  return (
    <AuthPage
      title={t("teacherTitle")}
      intro={t("teacherIntro")}
      aside={
        <>
          <p>
            <Link href="/forgot-password" className="text-link">
              {t("recovery.forgotLink")}
            </Link>
          </p>
          <p>
            {t("noTeacherAccount")}{" "}
            <Link href="/sign-up" className="text-link">
              {t("signUpLink")}
            </Link>
          </p>
          <p>
            <Link href="/sign-in" className="text-link">
              {t("studentSignInLink")}
            </Link>
          </p>
        </>
      }
    >
      {returning && <SessionEndedNote />}
      <TeacherSignInForm next={returning} />
    </AuthPage>
  );
}

import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuthPage } from "@/components/auth/auth-page";
import { SessionEndedNote } from "@/components/auth/session-ended-note";
import { StudentSignInForm } from "@/components/auth/student-sign-in-form";
import { Link } from "@/i18n/navigation";

type Props = Readonly<{ params: Promise<{ locale: string }>; searchParams: Promise<{ code?: string | string[]; next?: string | string[] }> }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "auth" });
  return { title: t("signInMeta") };
}

/**
 * /[locale]/sign-in — students sign in with their class code, name and password (?code= prefills
 * the code; ?next= is the page to go back to, where their session ended).
 */
export default async function SignInPage({ params, searchParams }: Props) {
  setRequestLocale((await params).locale);
  const [t, { code, next }] = await Promise.all([getTranslations("auth"), searchParams]);
  return (
    <AuthPage
      title={t("studentTitle")}
      intro={t("studentIntro")}
      aside={
        <>
          <p>
            {t("noAccountYet")}{" "}
            <Link href="/join" className="text-link">
              {t("joinLink")}
            </Link>
          </p>
          <p>
            {t("teacherQuestion")}{" "}
            <Link href="/sign-in/teacher" className="text-link">
              {t("teacherSignInLink")}
            </Link>
          </p>
        </>
      }
    >
      {typeof next === "string" && <SessionEndedNote />}
      <StudentSignInForm code={typeof code === "string" ? code.slice(0, 20) : undefined} next={typeof next === "string" ? next : undefined} />
    </AuthPage>
  );
}

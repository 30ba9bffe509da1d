import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuthPage } from "@/components/auth/auth-page";
import { JoinForm } from "@/components/auth/join-form";
import { Link } from "@/i18n/navigation";

type Props = Readonly<{ params: Promise<{ locale: string }>; searchParams: Promise<{ code?: string | string[] }> }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "join" });
  return { title: t("title") };
}

/** /[locale]/join — a student joins a class with its code (?code= prefills it), a name and a password. */
export default async function JoinPage({ params, searchParams }: Props) {
  setRequestLocale((await params).locale);
  const [t, privacy, { code }] = await Promise.all([getTranslations("join"), getTranslations("privacy"), searchParams]);
  return (
    <AuthPage
      title={t("title")}
      intro={t("intro")}
      aside={
        <>
          <p>
            {t("alreadyJoined")}{" "}
            <Link href="/sign-in" className="text-link">
              {t("signInLink")}
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
      <JoinForm code={typeof code === "string" ? code.slice(0, 20) : undefined} />
    </AuthPage>
  );
}

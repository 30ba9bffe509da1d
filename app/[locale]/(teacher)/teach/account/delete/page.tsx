import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AccountDeletionSummary } from "@/components/auth/account-deletion-summary";
import { DeleteAccountForm } from "@/components/auth/delete-account-form";
import { Link } from "@/i18n/navigation";
import { requireTeacher } from "@/lib/auth/session";
import { listClasses } from "@/lib/classes/queries";

type Props = Readonly<{ params: Promise<{ locale: string }> }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "auth" });
  return { title: t("deleteAccountTitle") };
}

/** /[locale]/teach/account/delete — what deleting the account takes with it, then the password to confirm. */
export default async function DeleteAccountPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireTeacher();
  const [t, classes] = await Promise.all([getTranslations("auth"), listClasses(viewer)]);
  return (
    <>
      <Link href="/teach/account" className="text-sm text-link">
        ← {t("accountTitle")}
      </Link>
      <h1 className="mt-2 font-serif text-3xl font-semibold">{t("deleteAccountTitle")}</h1>
      <AccountDeletionSummary classes={classes} />
      <section aria-labelledby="confirm-deletion" className="card mt-6 max-w-lg">
        <h2 id="confirm-deletion" className="mb-3 text-lg font-semibold">
          {t("deleteAccountConfirmTitle")}
        </h2>
        <DeleteAccountForm locale={locale} />
      </section>
    </>
  );
}

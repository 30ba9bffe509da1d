import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AddressNote } from "@/components/classroom/address-note";
import { ReprintSlipsForm } from "@/components/classroom/reprint-slips-form";
import { Link } from "@/i18n/navigation";
import { requireTeacher } from "@/lib/auth/session";
import { formatJoinCode } from "@/lib/classes/codes";
import { getClassOverview } from "@/lib/classes/queries";
import { notFound } from "@/lib/http/not-found";
import { studentAddress } from "@/lib/http/origin";
import { routeParams } from "@/lib/http/route-params";

type Props = Readonly<{ params: Promise<{ locale: string; classId: string }>; searchParams: Promise<{ student?: string | string[] }> }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "teach" });
  return { title: t("reprint.title") };
}

/**
 * /[locale]/teach/classes/[classId]/slips — new sign-in slips for chosen students of the class (a
 * lost slip, a forgotten password): a new passphrase each, printed. ?student=<id> ticks one.
 */
export default async function ReprintSlipsPage({ params, searchParams }: Props) {
  const { locale, classId } = await routeParams(params);
  setRequestLocale(locale);
  const viewer = await requireTeacher();
  const [t, cls, address, { student }] = await Promise.all([getTranslations("teach"), getClassOverview(viewer, classId), studentAddress(), searchParams]);
  if (!cls) notFound(locale);
  const signIn = `${address.origin}/${locale}/sign-in`;
  return (
    <>
      <div className="print:hidden">
        <Link href={`/teach/classes/${cls.id}`} className="text-sm text-link">
          ← {cls.name}
        </Link>
        <h1 className="mt-2 font-serif text-3xl font-semibold">{t("reprint.title")}</h1>
        <p className="mt-2 max-w-3xl leading-relaxed text-muted">{t("reprint.intro")}</p>
        <p className="mt-2 max-w-3xl">{t("slipsAddress", { url: signIn })}</p>
        <AddressNote address={address} />
      </div>
      <div className="mt-6">
        {cls.students.length === 0 ? (
          <p className="rounded-md bg-panel px-4 py-3">{t("rosterEmpty")}</p>
        ) : (
          <ReprintSlipsForm
            classId={cls.id}
            className={cls.name}
            code={formatJoinCode(cls.joinCode)}
            address={signIn}
            students={cls.students}
            chosen={typeof student === "string" ? student : undefined}
          />
        )}
      </div>
    </>
  );
}

import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AddressNote } from "@/components/classroom/address-note";
import { JoinQrCode } from "@/components/classroom/join-qr-code";
import { Link } from "@/i18n/navigation";
import { formatJoinCode } from "@/lib/classes/codes";
import { requireOwnClass } from "@/lib/classes/queries";
import { studentAddress } from "@/lib/http/origin";
import { routeParams } from "@/lib/http/route-params";

type Props = Readonly<{ params: Promise<{ locale: string; classId: string }> }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "teach" });
  return { title: t("joinCodeTitle") };
}

/**
 * /[locale]/teach/classes/[classId]/code — the join code alone, to project: three steps, the code
 * huge, and a QR code of the join address with the code filled in (a phone's camera opens it).
 */
export default async function JoinCodePage({ params }: Props) {
  const { locale, classId } = await routeParams(params);
  setRequestLocale(locale);
  const [t, cls, address] = await Promise.all([getTranslations("teach"), requireOwnClass(classId), studentAddress()]);
  const joinUrl = `${address.origin}/${locale}/join`;
  return (
    <div className="text-center">
      <Link href={`/teach/classes/${cls.id}`} className="text-sm text-link">
        ← {t("backToClass")}
      </Link>
      <h1 className="mt-4 font-serif text-4xl font-semibold sm:text-5xl">{cls.name}</h1>
      <div className="mx-auto mt-8 flex max-w-5xl flex-col items-center gap-8 md:flex-row md:items-start md:justify-center">
        <div className="text-left">
          <ol className="list-inside list-decimal space-y-3 text-2xl sm:text-3xl">
            <li>{t("codeStep1", { url: joinUrl })}</li>
            <li>{t("codeStep2")}</li>
            <li>{t("codeStep3")}</li>
          </ol>
          <AddressNote address={address} className="text-base" />
        </div>
        <JoinQrCode url={`${joinUrl}?code=${cls.joinCode}`} label={t("qrLabel", { url: joinUrl })} />
      </div>
      <p
        className="mt-10 font-mono text-[clamp(4rem,16vw,12rem)] leading-none font-bold tracking-[0.12em] break-all text-accent-strong"
        aria-label={cls.joinCode.split("").join(" ")}
      >
        {formatJoinCode(cls.joinCode)}
      </p>
    </div>
  );
}

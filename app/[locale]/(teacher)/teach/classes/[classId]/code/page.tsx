import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { formatJoinCode } from "@/lib/classes/codes";
import { requireOwnClass } from "@/lib/classes/queries";
import { requestOrigin } from "@/lib/http/origin";

type Props = Readonly<{ params: Promise<{ locale: string; classId: string }> }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "teach" });
  return { title: t("joinCodeTitle") };
}

/** /[locale]/teach/classes/[classId]/code — the join code alone, to project: three steps and the code, huge. */
export default async function JoinCodePage({ params }: Props) {
  const { locale, classId } = await params;
  setRequestLocale(locale);
  const [t, cls, origin] = await Promise.all([getTranslations("teach"), requireOwnClass(classId), requestOrigin()]);
  return (
    <div className="text-center">
      <Link href={`/teach/classes/${cls.id}`} className="text-sm text-link">
        ← {t("backToClass")}
      </Link>
      <h1 className="mt-4 font-serif text-4xl font-semibold sm:text-5xl">{cls.name}</h1>
      <ol className="mx-auto mt-8 max-w-3xl list-inside list-decimal space-y-3 text-left text-2xl sm:text-3xl">
        <li>{t("codeStep1", { url: `${origin}/${locale}/join` })}</li>
        <li>{t("codeStep2")}</li>
        <li>{t("codeStep3")}</li>
      </ol>
      <p className="mt-10 font-mono text-[clamp(4rem,16vw,12rem)] leading-none font-bold tracking-[0.12em] break-all text-accent-strong" aria-label={cls.joinCode.split("").join(" ")}>
        {formatJoinCode(cls.joinCode)}
      </p>
    </div>
  );
}

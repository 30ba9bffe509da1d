import { getTranslations } from "next-intl/server";
import { LINK_BUTTON } from "@/components/forms/buttons";
import { Link } from "@/i18n/navigation";
import { getViewer } from "@/lib/auth/session";
import { ForgetLocalWork } from "./forget-local-work";

/** The page after deleting one's account or work: what is gone, and the way back to the articles. */
export async function DeletedNotice({ title, body }: Readonly<{ title: string; body: string }>) {
  const [t, viewer] = await Promise.all([getTranslations("privacy"), getViewer()]);
  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="font-serif text-3xl font-semibold">{title}</h1>
      <p className="mt-3 text-lg leading-relaxed">{body}</p>
      <div className="mt-6 flex flex-wrap items-center gap-4">
        <Link href="/" className={LINK_BUTTON}>
          {t("deletedHome")}
        </Link>
        <Link href="/privacy" className="text-link">
          {t("footerLink")}
        </Link>
      </div>
      {viewer === null && <ForgetLocalWork />}
    </div>
  );
}

import { getLocale, getTranslations } from "next-intl/server";
import { SECONDARY_LINK } from "@/components/forms/buttons";
import { ActionButton } from "@/components/forms/action-button";
import { ConfirmAction } from "@/components/forms/confirm-action";
import { Link } from "@/i18n/navigation";
import { regenerateJoinCodeAction, setJoiningOpenAction } from "@/lib/classes/actions";
import { formatJoinCode } from "@/lib/classes/codes";
import type { StudentAddress } from "@/lib/http/origin";
import { AddressNote } from "./address-note";

type Props = Readonly<{ classId: string; joinCode: string; joiningOpen: boolean; address: StudentAddress; archived: boolean }>;

/** The join code, big enough to read from the back of the room, with what students do with it. */
export async function JoinCodePanel({ classId, joinCode, joiningOpen, address, archived }: Props) {
  const [t, locale] = await Promise.all([getTranslations("teach"), getLocale()]);
  return (
    <section aria-labelledby="code-title" className="card mt-6">
      <h2 id="code-title" className="text-lg font-semibold">
        {t("joinCodeTitle")}
      </h2>
      <p className="mt-2 font-mono text-5xl font-bold tracking-[0.15em] text-accent-strong sm:text-6xl">{formatJoinCode(joinCode)}</p>
      <p className="mt-3 max-w-2xl">{t("joinCodeHelp", { url: `${address.origin}/${locale}/join` })}</p>
      <AddressNote address={address} />
      <p className="mt-2 text-sm font-medium">{joiningOpen && !archived ? t("joiningOpen") : t("joiningClosed")}</p>
      <div className="mt-4 flex flex-wrap items-start gap-2">
        <Link href={`/teach/classes/${classId}/code`} className={SECONDARY_LINK}>
          {t("project")}
        </Link>
        <ConfirmAction action={regenerateJoinCodeAction} fields={{ classId, locale }} trigger={t("newCode")} message={t("newCodeConfirm")} />
        {!archived && (
          <ActionButton action={setJoiningOpenAction} fields={{ classId, on: String(!joiningOpen) }}>
            {joiningOpen ? t("closeJoining") : t("openJoining")}
          </ActionButton>
        )}
      </div>
    </section>
  );
}

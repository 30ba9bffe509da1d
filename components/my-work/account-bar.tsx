import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { LINK_BUTTON, SECONDARY_LINK } from "@/components/forms/buttons";
import { Link } from "@/i18n/navigation";
import type { StudentClass } from "@/lib/assignments/queries";
import type { Viewer } from "@/lib/auth/viewer";

/**
 * Who "My work" belongs to: a signed-in student (their name and class) or teacher, with a way to
 * sign out on a shared computer; for a guest or a new visitor, the way into a class.
 */
export async function AccountBar({ viewer, classes }: Readonly<{ viewer: Viewer | null; classes: readonly StudentClass[] }>) {
  const t = await getTranslations("myAssignments");
  if (!viewer || viewer.isGuest) {
    return (
      <aside aria-labelledby="join-callout" className="mt-6 rounded-lg border border-accent/30 bg-accent-soft p-4">
        <h2 id="join-callout" className="font-semibold">
          {t("guestTitle")}
        </h2>
        <p className="mt-1 text-sm">{t("guestBody")}</p>
        <div className="mt-3 flex flex-wrap gap-2">
          <Link href="/join" className={LINK_BUTTON}>
            {t("join")}
          </Link>
          <Link href="/sign-in" className={SECONDARY_LINK}>
            {t("signIn")}
          </Link>
        </div>
      </aside>
    );
  }
  const first = classes[0];
  return (
    <div className="mt-6 flex flex-wrap items-center gap-3 rounded-lg border border-line bg-surface px-4 py-3">
      <p className="text-sm">
        {viewer.role === "TEACHER" ? t("signedInTeacher") : first ? t("signedIn", { name: first.studentName, className: first.name }) : null}
      </p>
      {viewer.role === "TEACHER" && (
        <Link href="/teach" className={SECONDARY_LINK}>
          {t("toTeach")}
        </Link>
      )}
      <div className="ml-auto">
        <SignOutButton />
      </div>
    </div>
  );
}

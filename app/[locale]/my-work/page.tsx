import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AccountBar } from "@/components/my-work/account-bar";
import { EraseWorkOffer } from "@/components/my-work/erase-work-offer";
import { MyAssignments } from "@/components/my-work/my-assignments";
import { MyWorkView } from "@/components/my-work/my-work-view";
import { listStudentClasses } from "@/lib/assignments/queries";
import { listSelfStudyAttempts } from "@/lib/attempts/queries";
import { getPageViewer } from "@/lib/auth/session";
import { getContent } from "@/lib/content";
import { mayEraseGuestWork } from "@/lib/erasure/policy";

type Props = Readonly<{ params: Promise<{ locale: string }> }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "myWork" });
  return { title: t("title") };
}

/** /[locale]/my-work — who is signed in, the assignments of their classes, then their self-study (which a guest may erase). */
export default async function MyWorkPage({ params }: Props) {
  setRequestLocale((await params).locale);
  const viewer = await getPageViewer();
  const isStudent = viewer !== null && !viewer.isGuest && viewer.role === "LEARNER";
  const [content, attempts, classes] = await Promise.all([
    getContent(),
    viewer ? listSelfStudyAttempts(viewer) : [],
    isStudent ? listStudentClasses(viewer) : [],
  ]);
  return (
    <MyWorkView content={content} attempts={attempts} after={mayEraseGuestWork(viewer) ? <EraseWorkOffer /> : null}>
      <AccountBar viewer={viewer} classes={classes} />
      {classes.length > 0 && <MyAssignments classes={classes} content={content} />}
    </MyWorkView>
  );
}

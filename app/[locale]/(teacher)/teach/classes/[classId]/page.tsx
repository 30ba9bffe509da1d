import type { Metadata } from "next";
import { notFound } from "@/lib/http/not-found";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AssignmentList } from "@/components/classroom/assignment-list";
import { ClassSettings } from "@/components/classroom/class-settings";
import { CopyAssignmentsFromForm } from "@/components/classroom/copy-assignments-from-form";
import { JoinCodePanel } from "@/components/classroom/join-code-panel";
import { RosterTable } from "@/components/classroom/roster-table";
import { PaperLinks } from "@/components/paper/paper-links";
import { Link } from "@/i18n/navigation";
import { requireTeacher } from "@/lib/auth/session";
import { copySources, getClassOverview, listClasses } from "@/lib/classes/queries";
import { getContent } from "@/lib/content";
import { studentAddress } from "@/lib/http/origin";
import { routeParams } from "@/lib/http/route-params";

type Props = Readonly<{ params: Promise<{ locale: string; classId: string }> }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "teach" });
  return { title: t("classes") };
}

/**
 * /[locale]/teach/classes/[classId] — one class: join code, roster, assignments (and copying those of
 * another class), settings. One query for the class, one for the teacher's classes.
 */
export default async function ClassPage({ params }: Props) {
  const { locale, classId } = await routeParams(params);
  setRequestLocale(locale);
  const viewer = await requireTeacher();
  const [t, cls, classes, content, address] = await Promise.all([
    getTranslations("teach"),
    getClassOverview(viewer, classId),
    listClasses(viewer),
    getContent(),
    studentAddress(),
  ]);
  if (!cls) notFound(locale);
  const archived = cls.archivedAt !== null;
  const sources = copySources(classes, cls.id);
  return (
    <>
      <Link href="/teach" className="text-sm text-link">
        ← {t("classes")}
      </Link>
      <h1 className="mt-2 font-serif text-3xl font-semibold">{cls.name}</h1>
      {archived && <p className="mt-3 rounded-md border-l-4 border-warn bg-panel px-4 py-2">{t("archivedNotice")}</p>}
      <JoinCodePanel classId={cls.id} joinCode={cls.joinCode} joiningOpen={cls.joiningOpen} address={address} archived={archived} />
      <AssignmentList classId={cls.id} assignments={cls.assignments} content={content} archived={archived} />
      <PaperLinks content={content} />
      {!archived && sources.length > 0 && (
        <section aria-labelledby="copy-from-title" className="card mt-4">
          <h3 id="copy-from-title" className="mb-2 font-semibold">
            {t("copy.fromTitle")}
          </h3>
          <CopyAssignmentsFromForm classId={cls.id} sources={sources} />
        </section>
      )}
      <RosterTable classId={cls.id} students={cls.students} archived={archived} />
      <ClassSettings classId={cls.id} name={cls.name} archived={archived} />
    </>
  );
}

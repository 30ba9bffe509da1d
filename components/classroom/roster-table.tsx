import { getFormatter, getTranslations } from "next-intl/server";
import { SECONDARY_LINK } from "@/components/forms/buttons";
import { ScrollTable } from "@/components/ui/scroll-table";
import { Link } from "@/i18n/navigation";
import type { RosterStudent } from "@/lib/classes/queries";
import { StudentActions } from "./student-actions";

/** The class's students, every one listed with when they joined and when they were last active. */
export async function RosterTable({ classId, students, archived }: Readonly<{ classId: string; students: readonly RosterStudent[]; archived: boolean }>) {
  const [t, format] = await Promise.all([getTranslations("teach"), getFormatter()]);
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  return (
    <section aria-labelledby="roster-title" className="mt-10">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="roster-title" className="text-xl font-semibold">
          {t("rosterTitle")} <span className="text-base font-normal text-muted">({students.length})</span>
        </h2>
        <div className="flex flex-wrap gap-2">
          {students.length > 0 && (
            <Link href={`/teach/classes/${classId}/slips`} className={SECONDARY_LINK}>
              {t("reprint.link")}
            </Link>
          )}
          {/* An archived class takes no new students (lib/classes/students.ts addStudents refuses them too). */}
          {!archived && (
            <Link href={`/teach/classes/${classId}/students`} className={SECONDARY_LINK}>
              {t("addStudents")}
            </Link>
          )}
        </div>
      </div>
      {students.length === 0 ? (
        <p className="mt-3 rounded-md bg-panel px-4 py-3">{t("rosterEmpty")}</p>
      ) : (
        <ScrollTable
          caption={t("rosterTitle")}
          columns={[{ label: t("student") }, { label: t("joined") }, { label: t("lastActive") }, { label: t("actions") }]}
          minWidth="min-w-[36rem]"
          className="mt-3"
        >
          {students.map((student) => (
            <tr key={student.id} className="border-b border-line align-top">
              <th scope="row" className="py-2 pr-2 font-medium">
                {student.name}
              </th>
              <td className="py-2 pr-2">{when(student.joinedAt)}</td>
              <td className="py-2 pr-2">{student.lastActiveAt ? when(student.lastActiveAt) : <span className="text-muted">{t("never")}</span>}</td>
              <td className="py-2">
                <StudentActions classId={classId} studentId={student.id} name={student.name} />
              </td>
            </tr>
          ))}
        </ScrollTable>
      )}
    </section>
  );
}

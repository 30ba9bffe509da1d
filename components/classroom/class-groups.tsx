import { useFormatter, useTranslations } from "next-intl";
import type { ClassGroup, ClassStudent } from "@/lib/classes/groups";
import { CreateGroupForm, GroupForms } from "./group-forms";

/** The "Groups" section of a class's students page: its groups, each with its students and forms, and a new one. */
export function ClassGroups({ classId, groups, students }: Readonly<{ classId: string; groups: readonly ClassGroup[]; students: readonly ClassStudent[] }>) {
  const t = useTranslations("teach.groups");
  const format = useFormatter();
  const nameOf = new Map(students.map((student) => [student.id, student.name]));
  return (
    <section aria-labelledby="groups-title" className="mt-10 print:hidden">
      <h2 id="groups-title" className="font-serif text-2xl font-semibold">
        {t("title")}
      </h2>
      <p className="mt-2 max-w-3xl leading-relaxed text-muted">{t("intro")}</p>
      {groups.length === 0 && <p className="mt-3">{t("none")}</p>}
      <ul className="mt-4 space-y-4">
        {groups.map((group) => (
          <li key={group.id} className="card">
            <h3 className="text-lg font-semibold">{group.name}</h3>
            <p className="mt-1 text-sm text-muted">
              {t("membersCount", { count: group.members.length, names: format.list(group.members.map((id) => nameOf.get(id) ?? "")) })}
            </p>
            <div className="mt-3">
              <GroupForms classId={classId} group={group} students={students} />
            </div>
          </li>
        ))}
      </ul>
      <div className="card mt-4">
        <CreateGroupForm classId={classId} />
      </div>
    </section>
  );
}

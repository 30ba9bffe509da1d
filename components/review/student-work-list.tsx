import { getTranslations } from "next-intl/server";
import { ConfirmAction } from "@/components/forms/confirm-action";
import { ofPerson } from "@/lib/format/people";
import { deleteStudentWorkAction } from "@/lib/review/actions";
import type { StudentWork } from "@/lib/review/work";
import { TitledSection } from "./titled-section";

type Props = Readonly<{ assignmentId: string; students: readonly StudentWork[] }>;

/** The students with work in an assignment, each with a confirmed "delete this work". */
export async function StudentWorkList({ assignmentId, students }: Props) {
  const [t, people] = await Promise.all([getTranslations("export"), getTranslations("people")]);
  return (
    <TitledSection id="student-work" title={t("workTitle")} intro={t("workHelp")} className="mt-10 border-t border-line pt-6">
      {students.length === 0 ? (
        <p className="rounded-md bg-panel px-4 py-3">{t("workEmpty")}</p>
      ) : (
        <ul className="divide-y divide-line rounded-md border border-line bg-surface">
          {students.map((student) => (
            <li key={student.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2">
              <span>
                <span className="font-medium">{student.name}</span>{" "}
                <span className="text-sm text-muted">{t(student.status === "SUBMITTED" ? "workSubmitted" : "workInProgress", { count: student.answers })}</span>
              </span>
              <ConfirmAction
                action={deleteStudentWorkAction}
                fields={{ assignmentId, studentId: student.id }}
                trigger={t("workDelete")}
                triggerLabel={t("workDeleteNamed", { of: ofPerson(people, student) })}
                message={t("workDeleteConfirm", { of: ofPerson(people, student) })}
                danger
              />
            </li>
          ))}
        </ul>
      )}
    </TitledSection>
  );
}

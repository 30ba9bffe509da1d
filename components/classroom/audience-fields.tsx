"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { INPUT_CLASS } from "@/components/forms/text-field";
import { useHydrated } from "@/components/shared/use-hydrated";
import { Link } from "@/i18n/navigation";
import type { AudienceFields as AudienceInput } from "@/lib/assignments/schemas";
import type { ClassGroup, ClassStudent } from "@/lib/classes/groups";
import { TickList } from "./tick-list";

type Audience = AudienceInput["audience"];
const AUDIENCES: readonly Audience[] = ["CLASS", "GROUPS", "STUDENTS"];

type Props = Readonly<{
  classId: string;
  students: readonly ClassStudent[];
  groups: readonly ClassGroup[];
  /** Whom it is for now (the edit form); a new assignment is for the whole class. */
  current?: { audience: Audience; groupIds: readonly string[]; enrolmentIds: readonly string[]; dueDates: Readonly<Record<string, string>> };
  /** The localised errors of the lists (none ticked), and of a student's own due day typed halfway. */
  errors: { groupIds?: string; enrolmentIds?: string; dueOnFor?: string };
  /** The form's last answer: React then resets the form's fields, which are put back as chosen. */
  round: unknown;
}>;

const toggled = (list: readonly string[], id: string, on: boolean) => (on ? [...list, id] : list.filter((other) => other !== id));

/**
 * "For whom?": the whole class, groups of it (ticked), or chosen students (ticked); and, folded,
 * a due day of their own for some students (extra time). Followed in state, so a refusal of the
 * form leaves them as chosen. Without JavaScript every list shows and the server reads the one chosen.
 */
export function AudienceFields({ classId, students, groups, current, errors, round }: Props) {
  const t = useTranslations("teach.audience");
  const [audience, setAudience] = useState<Audience>(current?.audience ?? "CLASS");
  const [groupIds, setGroupIds] = useState<readonly string[]>(current?.groupIds ?? []);
  const [enrolmentIds, setEnrolmentIds] = useState<readonly string[]>(current?.enrolmentIds ?? []);
  const [dueDates, setDueDates] = useState<Readonly<Record<string, string>>>(current?.dueDates ?? {});
  // Until the page runs its script, every list shows (a form without JavaScript still works).
  const scripted = useHydrated();
  // The fields take their defaults from the state: after each answer they are drawn anew from it.
  const [drawn, setDrawn] = useState({ round, count: 0 });
  if (drawn.round !== round) setDrawn({ round, count: drawn.count + 1 });
  const given = Object.values(dueDates).filter(Boolean).length;
  const listError = (id: string, error: string | undefined) =>
    error && (
      <p id={id} className="mt-1 text-sm font-medium text-danger">
        {error}
      </p>
    );
  return (
    <div key={drawn.count} className="space-y-6">
      <fieldset>
        <legend className="font-medium">{t("legend")}</legend>
        <div className="mt-2 space-y-1">
          {AUDIENCES.map((option) => (
            <label key={option} className="choice">
              <input
                type="radio"
                name="audience"
                value={option}
                defaultChecked={audience === option}
                onChange={() => setAudience(option)}
                className="mt-1 h-4 w-4 accent-accent"
              />
              <span>{t(option)}</span>
            </label>
          ))}
        </div>
        <fieldset hidden={scripted && audience !== "GROUPS"} className="mt-3 ml-6" aria-describedby={errors.groupIds ? "audience-groups-error" : undefined}>
          <legend className="text-sm font-medium">{t("groupsLegend")}</legend>
          {groups.length === 0 ? (
            <p className="mt-1 text-sm">
              {t.rich("noGroups", {
                link: (chunks) => (
                  <Link href={`/teach/classes/${classId}/students#groups-title`} className="text-link">
                    {chunks}
                  </Link>
                ),
              })}
            </p>
          ) : (
            <TickList
              name="groupIds"
              items={groups.map((group) => ({ id: group.id, name: group.name, detail: t("groupMembers", { count: group.members.length }) }))}
              ticked={groupIds}
              onTick={(id, on) => setGroupIds((list) => toggled(list, id, on))}
            />
          )}
          {listError("audience-groups-error", errors.groupIds)}
        </fieldset>
        <fieldset
          hidden={scripted && audience !== "STUDENTS"}
          className="mt-3 ml-6"
          aria-describedby={errors.enrolmentIds ? "audience-students-error" : undefined}
        >
          <legend className="text-sm font-medium">{t("studentsLegend")}</legend>
          {students.length === 0 ? (
            <p className="mt-1 text-sm">{t("noStudents")}</p>
          ) : (
            <TickList name="enrolmentIds" items={students} ticked={enrolmentIds} onTick={(id, on) => setEnrolmentIds((list) => toggled(list, id, on))} />
          )}
          {listError("audience-students-error", errors.enrolmentIds)}
        </fieldset>
      </fieldset>
      {students.length > 0 && (
        <details open={given > 0 || Boolean(errors.dueOnFor) || undefined} className="rounded-md border border-line px-3 py-2">
          <summary className="cursor-pointer font-medium">
            {t("extraTime")}
            {given > 0 && ` ${t("extraTimeCount", { count: given })}`}
          </summary>
          <p id="extra-time-hint" className="mt-2 text-sm text-muted">
            {t("extraTimeHint")}
          </p>
          {listError("extra-time-error", errors.dueOnFor)}
          <ul className="mt-2 grid gap-2 sm:grid-cols-2">
            {students.map((student) => (
              <li key={student.id} className="flex flex-wrap items-center justify-between gap-x-3">
                <input type="hidden" name="dueFor" value={student.id} />
                <label htmlFor={`due-for-${student.id}`}>{student.name}</label>
                <input
                  id={`due-for-${student.id}`}
                  name="dueOnFor"
                  type="date"
                  aria-label={t("dueFor", { name: student.name })}
                  aria-describedby="extra-time-hint"
                  defaultValue={dueDates[student.id] ?? ""}
                  onChange={(event) => {
                    const day = event.currentTarget.value;
                    setDueDates((dates) => ({ ...dates, [student.id]: day }));
                  }}
                  className={`${INPUT_CLASS} mt-0 w-auto py-1`}
                />
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

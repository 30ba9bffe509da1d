"use client";

import { useTranslations } from "next-intl";
import { ConfirmAction } from "@/components/forms/confirm-action";
import { FormAlert } from "@/components/forms/form-alert";
import { SECONDARY_BUTTON } from "@/components/forms/buttons";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useForm } from "@/components/forms/use-form";
import { createGroupAction, deleteGroupAction, renameGroupAction, setGroupMembersAction } from "@/lib/classes/group-actions";
import type { ClassGroup, ClassStudent } from "@/lib/classes/groups";
import { CLASSES } from "@/lib/config";
import { TickList } from "./tick-list";

/**
 * The forms of a class's groups (the students page): a new group by name; for each group, its name,
 * its students (ticked) and its deletion, confirmed. Each works without JavaScript but the deletion,
 * which asks first in a dialog (as removing a student does).
 */

/** A group's name, sent by `action`; the name typed comes back after a refusal. */
function GroupNameForm({
  action,
  id,
  classId,
  groupId,
  name,
  label,
  submit,
  done,
}: Readonly<{
  action: typeof createGroupAction;
  id: string;
  classId: string;
  groupId?: string;
  name?: string;
  label: string;
  submit: string;
  done: string;
}>) {
  const t = useTranslations("teach");
  const { state, formAction, fieldError, value } = useForm(action);
  return (
    // A new key per answer: the field takes back what was typed before a refusal, and empties after a group is created.
    <form key={JSON.stringify(state)} action={formAction} className="flex flex-wrap items-end gap-2" noValidate>
      <input type="hidden" name="classId" value={classId} />
      {groupId && <input type="hidden" name="groupId" value={groupId} />}
      <TextField
        id={id}
        name="name"
        label={label}
        defaultValue={value("name") ?? name}
        error={fieldError("name")}
        maxLength={CLASSES.groupNameMax}
        required
        className="min-w-56 flex-1"
      />
      <SubmitButton pending={t("working")} className={SECONDARY_BUTTON}>
        {submit}
      </SubmitButton>
      <div className="basis-full" aria-live="polite">
        <FormAlert state={state} />
        {state?.ok && <p className="text-sm text-ok">{done}</p>}
      </div>
    </form>
  );
}

export function CreateGroupForm({ classId }: Readonly<{ classId: string }>) {
  const t = useTranslations("teach.groups");
  return <GroupNameForm action={createGroupAction} id="new-group" classId={classId} label={t("name")} submit={t("create")} done={t("created")} />;
}

/** One group: rename it, tick its students, delete it. */
export function GroupForms({ classId, group, students }: Readonly<{ classId: string; group: ClassGroup; students: readonly ClassStudent[] }>) {
  const t = useTranslations("teach");
  const members = useForm(setGroupMembersAction);
  const fields = { classId, groupId: group.id };
  return (
    <div className="space-y-4">
      <GroupNameForm
        action={renameGroupAction}
        id={`group-name-${group.id}`}
        classId={classId}
        groupId={group.id}
        name={group.name}
        label={t("groups.name")}
        submit={t("groups.rename")}
        done={t("groups.renamed")}
      />
      {students.length === 0 ? (
        <p className="text-muted">{t("groups.noStudents")}</p>
      ) : (
        <form action={members.formAction} className="space-y-3" noValidate>
          <input type="hidden" name="classId" value={classId} />
          <input type="hidden" name="groupId" value={group.id} />
          <fieldset>
            <legend className="font-medium">{t("groups.members", { name: group.name })}</legend>
            <TickList name="enrolmentIds" items={students} ticked={group.members} />
          </fieldset>
          <SubmitButton pending={t("working")} className={SECONDARY_BUTTON}>
            {t("groups.saveMembers")}
          </SubmitButton>
          <div aria-live="polite">
            <FormAlert state={members.state} />
            {members.state?.ok && <p className="text-sm text-ok">{t("groups.membersSaved")}</p>}
          </div>
        </form>
      )}
      <ConfirmAction
        action={deleteGroupAction}
        fields={fields}
        trigger={t("groups.delete")}
        triggerLabel={t("groups.deleteNamed", { name: group.name })}
        message={t("groups.deleteConfirm", { name: group.name })}
        danger
      />
    </div>
  );
}

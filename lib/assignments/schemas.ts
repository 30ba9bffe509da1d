import { z } from "zod";
import { CLASSES, LOCALES } from "@/lib/config";
import { idSchema } from "@/lib/ids";
import { REVEAL_POLICIES } from "./types";

/** Inputs of the assignment forms, shared by the forms and the server actions (codes as messages: lib/result.ts). */

const id = idSchema;

/** A calendar day ("2026-12-18") or nothing; a date typed halfway is refused, not dropped. */
const dueOnSchema = z.union([z.literal(""), z.iso.date({ error: "DUE_DATE_INVALID" })]).transform((value) => value || null);

/**
 * The questions ticked, each as "<exercise key>/<question key>" (lib/assignments/questions.ts),
 * and the exercises whose form offered that choice (`chooses`): one offered with nothing ticked is
 * refused (QUESTIONS_REQUIRED); one not offered asks every question.
 */
const questionChoiceFields = {
  questions: z.array(z.string().min(1).max(250)).max(400, { error: "INVALID_INPUT" }).default([]),
  chooses: z.array(z.string().min(1).max(120)).max(10, { error: "INVALID_INPUT" }).default([]),
};
/**
 * Whom an assignment is for (lib/assignments/mutations.ts setAssignmentAudience): the whole class
 * (the default), the students of the groups ticked, or the students ticked; and a due day of their
 * own for some students (extra time), sent as two lists in step: `dueFor` (enrolment ids) and
 * `dueOnFor` (a day, or empty for none).
 */
const ticked = z.array(id).max(CLASSES.maxTicked, { error: "INVALID_INPUT" }).default([]);
const audienceFields = {
  audience: z.enum(["CLASS", "GROUPS", "STUDENTS"], { error: "INVALID_INPUT" }).default("CLASS"),
  groupIds: ticked,
  enrolmentIds: ticked,
  dueFor: ticked,
  dueOnFor: z.array(dueOnSchema).max(CLASSES.maxTicked, { error: "INVALID_INPUT" }).default([]),
};
export type AudienceFields = {
  audience: "CLASS" | "GROUPS" | "STUDENTS";
  groupIds: string[];
  enrolmentIds: string[];
  dueFor: string[];
  dueOnFor: (string | null)[];
};

/** Groups or students chosen, but none ticked: said by the list at fault. */
const checkAudience = (input: AudienceFields, ctx: z.RefinementCtx) => {
  if (input.audience === "GROUPS" && input.groupIds.length === 0) ctx.addIssue({ code: "custom", path: ["groupIds"], message: "GROUPS_REQUIRED" });
  if (input.audience === "STUDENTS" && input.enrolmentIds.length === 0) ctx.addIssue({ code: "custom", path: ["enrolmentIds"], message: "STUDENTS_REQUIRED" });
  if (input.dueFor.length !== input.dueOnFor.length) ctx.addIssue({ code: "custom", path: ["dueOnFor"], message: "INVALID_INPUT" });
};

/** The audience as setAssignmentAudience takes it: the due days given, by student. */
export const audienceOf = (input: AudienceFields) => ({
  audience: input.audience,
  groupIds: input.groupIds,
  enrolmentIds: input.enrolmentIds,
  dueDates: Object.fromEntries(input.dueFor.flatMap((enrolmentId, index) => (input.dueOnFor[index] ? [[enrolmentId, input.dueOnFor[index]]] : []))),
});

/** The form fields that may come several times (checkboxes): lib/form-data.ts formObject's lists. */
export const ASSIGNMENT_LIST_FIELDS = ["exercises", "questions", "chooses", "groupIds", "enrolmentIds", "dueFor", "dueOnFor"] as const;
export type QuestionChoiceInput = { questions: string[]; chooses: string[] };

export const createAssignmentsSchema = z
  .object({
    classId: id,
    locale: z.enum(LOCALES),
    /** Exercise keys (lib/exercises/keys.ts): articles and/or the comparison; one assignment each. */
    exercises: z.array(z.string().min(1).max(120)).min(1, { error: "EXERCISE_REQUIRED" }).max(10, { error: "INVALID_INPUT" }),
    dueOn: dueOnSchema,
    revealPolicy: z.enum(REVEAL_POLICIES, { error: "INVALID_INPUT" }),
    ...questionChoiceFields,
    ...audienceFields,
  })
  .superRefine(checkAudience);
export type CreateAssignmentsInput = z.infer<typeof createAssignmentsSchema>;

/**
 * Changing an assignment: its exercise, its questions, due day and reveal policy. Another exercise drops the work
 * done on the first one, so it is asked for once more with how many students' work that is
 * (`confirmLoss`); the assignment changes only then.
 */
export const updateAssignmentSchema = z
  .object({
    classId: id,
    assignmentId: id,
    locale: z.enum(LOCALES),
    exercise: z.string().min(1, { error: "EXERCISE_REQUIRED" }).max(120, { error: "INVALID_INPUT" }),
    dueOn: dueOnSchema,
    revealPolicy: z.enum(REVEAL_POLICIES, { error: "INVALID_INPUT" }),
    ...questionChoiceFields,
    ...audienceFields,
    confirmLoss: z
      .union([z.literal(""), z.coerce.number().int().min(0).max(100_000)])
      .optional()
      .transform((value) => (value === "" || value === undefined ? null : value)),
  })
  .superRefine(checkAudience);
export type UpdateAssignmentInput = z.infer<typeof updateAssignmentSchema>;

export const assignmentRefSchema = z.object({ assignmentId: id, classId: id, locale: z.enum(LOCALES) });
export const assignmentSwitchSchema = assignmentRefSchema.extend({ on: z.enum(["true", "false"]).transform((value) => value === "true") });

/** A class chosen in a list (a radio button, a select whose first option is none). */
const chosenClass = z.string({ error: "CLASS_REQUIRED" }).min(1, { error: "CLASS_REQUIRED" }).pipe(idSchema);

/** Copying an assignment to another class of the teacher's (`destinationClassId`), due on `dueOn` or never. */
export const copyAssignmentSchema = assignmentRefSchema.extend({
  destinationClassId: chosenClass,
  dueOn: dueOnSchema,
});
export type CopyAssignmentInput = z.infer<typeof copyAssignmentSchema>;

/** Copying every assignment of another class of the teacher's (`sourceClassId`) into this one (`classId`). */
export const copyClassAssignmentsSchema = z.object({
  classId: id,
  sourceClassId: chosenClass,
  locale: z.enum(LOCALES),
});

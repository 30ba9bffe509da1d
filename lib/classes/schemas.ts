import { z } from "zod";
import { checkNewPassword, newPasswordSchema } from "@/lib/auth/schemas";
import { CLASSES, LOCALES, PASSWORDS } from "@/lib/config";
import { idSchema } from "@/lib/ids";
import { normaliseJoinCode } from "./codes";
import { cleanName, nameFault, nameFaultCode } from "./names";

/**
 * Inputs of the class and roster forms, parsed by the server actions. Checks carry an error code as
 * message (lib/result.ts invalidInput), localised under errors.codes. Server-side, as the new
 * password's check is (lib/auth/schemas.ts).
 */

export { idSchema };
const locale = z.enum(LOCALES);

export const classNameSchema = z.string().trim().min(1, { error: "INVALID_INPUT" }).max(CLASSES.nameMax, { error: "INVALID_INPUT" });

/** A new class; `copyAssignmentsFrom`: another class of the teacher's whose assignments it starts with, or nothing. */
export const createClassSchema = z.object({
  name: classNameSchema,
  locale,
  copyAssignmentsFrom: z
    .union([z.literal(""), idSchema])
    .optional()
    .transform((value) => value || null),
});
export const renameClassSchema = z.object({ classId: idSchema, name: classNameSchema });
/** Archive/unarchive, joining on/off: one switch each. */
export const classSwitchSchema = z.object({ classId: idSchema, on: z.enum(["true", "false"]).transform((value) => value === "true") });
export const classRefSchema = z.object({ classId: idSchema, locale });
/** Deleting a class: its name, typed again. */
export const deleteClassSchema = classRefSchema.extend({ confirmName: z.string().max(CLASSES.nameMax * 2, { error: "CONFIRM_MISMATCH" }) });

/** A typed class code, read leniently ("abc def" is ABCDEF). */
export const joinCodeSchema = z
  .string()
  .max(20, { error: "JOIN_CODE_UNKNOWN" })
  .transform(normaliseJoinCode)
  .pipe(z.string().min(1, { error: "FIELD_REQUIRED" }));

/** A name the app takes (./names.ts): one written in several alphabets gets its own message. */
export const studentNameSchema = z
  .string()
  .superRefine((name, ctx) => {
    const fault = nameFault(name);
    if (fault) ctx.addIssue({ code: "custom", message: nameFaultCode(fault) });
  })
  .transform(cleanName);

/** Joining with the class code: a name the class does not have yet, and a password of one's own (not the name or the code). */
export const joinClassSchema = z
  .object({ code: joinCodeSchema, name: studentNameSchema, password: newPasswordSchema, locale })
  .superRefine(checkNewPassword("password", (input) => [input.name, input.code]));

/** Signing in as a student: the class code, one's name in it, one's password. */
export const studentSignInSchema = z.object({
  code: joinCodeSchema,
  name: z.string().trim().min(1, { error: "FIELD_REQUIRED" }).max(80, { error: "NAME_INVALID" }),
  password: z.string().min(1, { error: "FIELD_REQUIRED" }).max(PASSWORDS.max, { error: "WRONG_NAME_OR_PASSWORD" }),
  locale,
});

/** The teacher's pasted roster: one name a line; checked entry by entry in ./roster.ts. */
export const addStudentsSchema = z.object({
  classId: idSchema,
  names: z.string().max(5_000, { error: "ROSTER_TOO_LONG" }),
  locale,
  /** "check" (the whole list, or nothing) or "valid" (the entries without a problem). */
  intent: z.enum(["check", "valid"]).default("check"),
});

export const studentRefSchema = z.object({ classId: idSchema, studentId: idSchema, locale });

/** Reprinting sign-in slips: the students chosen (checkboxes), each given a new passphrase. */
export const reprintSlipsSchema = z.object({
  classId: idSchema,
  studentIds: z.array(idSchema).min(1, { error: "STUDENTS_REQUIRED" }).max(CLASSES.maxSlipsAtOnce, { error: "INVALID_INPUT" }),
  locale,
});

/** A group of the class's students (./groups.ts): its name, required. */
export const groupNameSchema = z.string().trim().min(1, { error: "FIELD_REQUIRED" }).max(CLASSES.groupNameMax, { error: "INVALID_INPUT" });
export const createGroupSchema = z.object({ classId: idSchema, name: groupNameSchema });
export const groupRefSchema = z.object({ classId: idSchema, groupId: idSchema });
export const renameGroupSchema = groupRefSchema.extend({ name: groupNameSchema });
/** Its members: the students ticked (none empties it). */
export const groupMembersSchema = groupRefSchema.extend({ enrolmentIds: z.array(idSchema).max(CLASSES.maxTicked, { error: "INVALID_INPUT" }) });

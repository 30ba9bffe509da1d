import { z } from "zod";
import { LOCALES, PASSWORDS } from "@/lib/config";
import { passwordProblem } from "./password-rule";

/**
 * Inputs of the sign-in, sign-up and password forms (codes as messages: lib/result.ts). Server-side:
 * a new password is checked against the list of common ones (./password-rule.ts), too large for a
 * browser; the forms show the field's error the action returns.
 */

const locale = z.enum(LOCALES);

export const newPasswordSchema = z.string().min(PASSWORDS.min, { error: "PASSWORD_TOO_SHORT" }).max(PASSWORDS.max, { error: "INVALID_INPUT" });

/**
 * A form's check of its new password (`field`, once long enough) by the one rule
 * (./password-rule.ts): not a common password, nor the account's own words, which `context` reads
 * from the same form (a name, an address, a class code).
 */
export function checkNewPassword<Input extends Record<string, unknown>>(field: keyof Input & string, context: (input: Input) => unknown[] = () => []) {
  return (input: Input, ctx: z.RefinementCtx) => {
    const password = input[field];
    if (typeof password !== "string" || password.length < PASSWORDS.min || password.length > PASSWORDS.max) return;
    const problem = passwordProblem(
      password,
      context(input).filter((word): word is string => typeof word === "string"),
    );
    if (problem) ctx.addIssue({ code: "custom", path: [field], message: problem });
  };
}

const typedPassword = z.string().min(1, { error: "FIELD_REQUIRED" }).max(PASSWORDS.max, { error: "INVALID_INPUT" });

export const teacherSignUpSchema = z
  .object({
    name: z.string().trim().min(1, { error: "FIELD_REQUIRED" }).max(80, { error: "INVALID_INPUT" }),
    email: z
      .string()
      .trim()
      .max(254, { error: "EMAIL_INVALID" })
      .pipe(z.email({ error: "EMAIL_INVALID" })),
    password: newPasswordSchema,
    locale,
  })
  .superRefine(checkNewPassword("password", (input) => [input.name, input.email]));

export const teacherSignInSchema = z.object({
  email: z.string().trim().min(1, { error: "FIELD_REQUIRED" }).max(254, { error: "EMAIL_INVALID" }),
  password: typedPassword,
  locale,
});

/** The account's own words are better-auth's to know here: its guard checks them (./password-guard.ts). */
export const changePasswordSchema = z.object({ currentPassword: typedPassword, newPassword: newPasswordSchema }).superRefine(checkNewPassword("newPassword"));

export const localeSchema = z.object({ locale });

/**
 * A forgotten password: the teacher's address, one recovery code as typed (read leniently by
 * ./recovery-code-format.ts; what is not a code at all is a wrong code, not a form error, so the
 * form says the same whatever was typed), and the new password.
 */
export const recoverPasswordSchema = z
  .object({
    email: z.string().trim().min(1, { error: "FIELD_REQUIRED" }).max(254, { error: "EMAIL_INVALID" }),
    code: z.string().trim().min(1, { error: "FIELD_REQUIRED" }).max(64, { error: "WRONG_RECOVERY_CODE" }),
    newPassword: newPasswordSchema,
    locale,
  })
  .superRefine(checkNewPassword("newPassword", (input) => [input.email]));

/** New recovery codes: the current password first. */
export const regenerateRecoveryCodesSchema = z.object({ password: typedPassword, locale });

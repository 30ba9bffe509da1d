import { z } from "zod";
import { LOCALES, PASSWORDS } from "@/lib/config";

/** Inputs of the sign-in, sign-up and password forms (codes as messages: lib/result.ts). Client-safe. */

const locale = z.enum(LOCALES);

export const newPasswordSchema = z
  .string()
  .min(PASSWORDS.min, { error: "PASSWORD_TOO_SHORT" })
  .max(PASSWORDS.max, { error: "INVALID_INPUT" });

const typedPassword = z.string().min(1, { error: "FIELD_REQUIRED" }).max(PASSWORDS.max, { error: "INVALID_INPUT" });

export const teacherSignUpSchema = z.object({
  name: z.string().trim().min(1, { error: "FIELD_REQUIRED" }).max(80, { error: "INVALID_INPUT" }),
  email: z.string().trim().max(254, { error: "EMAIL_INVALID" }).pipe(z.email({ error: "EMAIL_INVALID" })),
  password: newPasswordSchema,
  locale,
});

export const teacherSignInSchema = z.object({
  email: z.string().trim().min(1, { error: "FIELD_REQUIRED" }).max(254, { error: "EMAIL_INVALID" }),
  password: typedPassword,
  locale,
});

export const changePasswordSchema = z.object({ currentPassword: typedPassword, newPassword: newPasswordSchema });

export const localeSchema = z.object({ locale });

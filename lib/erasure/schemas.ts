import { z } from "zod";
import { changePasswordSchema, localeSchema } from "@/lib/auth/schemas";

/** Deleting one's account: the password typed to confirm, checked as any current password is. Client-safe. */
export const deleteAccountSchema = z.object({ password: changePasswordSchema.shape.currentPassword, locale: localeSchema.shape.locale });

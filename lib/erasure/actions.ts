"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { toFailure } from "@/lib/action-failure";
import { signOut } from "@/lib/auth/accounts";
import { applySetCookies } from "@/lib/auth/endpoints";
import { checkOwnPassword } from "@/lib/auth/password-check";
import { localeSchema } from "@/lib/auth/schemas";
import { getViewer } from "@/lib/auth/session";
import { DEFAULT_LOCALE } from "@/lib/config";
import { formObject } from "@/lib/form-data";
import { orUnavailable } from "@/lib/http/unavailable";
import type { ActionResult } from "@/lib/result";
import { runTeacherAction } from "@/lib/teacher-action";
import { deleteTeacherAccount, eraseGuest } from "./mutations";
import { mayEraseGuestWork } from "./policy";
import { deleteAccountSchema } from "./schemas";

/**
 * Deleting one's own account or work: the checks, the deletion, then signing out (the browser's
 * session cookies go too) and a page that says it is done.
 */

export async function deleteAccountAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runTeacherAction("deleteAccount", deleteAccountSchema, formObject(form), async (viewer, input) => {
    const requestHeaders = await headers();
    await checkOwnPassword(requestHeaders, input.password);
    await deleteTeacherAccount(viewer);
    await applySetCookies(await signOut(requestHeaders));
    return { locale: input.locale };
  });
  if (result.ok) redirect(`/${result.locale}/account-deleted`);
  return result;
}

/** The confirmation page posts here, with or without JavaScript; a failure goes back to it with its code. */
export async function eraseGuestWorkAction(form: FormData): Promise<void> {
  const locale = localeSchema.safeParse(formObject(form)).data?.locale ?? DEFAULT_LOCALE;
  const viewer = await orUnavailable(locale, getViewer);
  // Not a guest (any more): nothing here is theirs to erase, and My work shows them as they are.
  if (!mayEraseGuestWork(viewer)) redirect(`/${locale}/my-work`);
  try {
    await eraseGuest(viewer);
    await applySetCookies(await signOut(await headers()));
  } catch (error) {
    redirect(`/${locale}/my-work/delete?error=${toFailure(error, "eraseGuestWork").code}`);
  }
  redirect(`/${locale}/my-work/deleted`);
}

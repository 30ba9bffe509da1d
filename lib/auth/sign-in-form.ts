import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { toFailure } from "@/lib/action-failure";
import type { AppLocale } from "@/lib/config";
import { formObject, keepValues } from "@/lib/form-data";
import { invalidInput, type ActionResult } from "@/lib/result";
import { applySetCookies } from "./endpoints";
import { safeReturnPath } from "./return-path";

/**
 * What every sign-in, sign-up and join form does around its one call: parses the form, runs `run`
 * with the request's headers and hands its cookies to the browser, then goes back where the sign-in
 * was asked for (the form's `next`, when it is a path of this app) or to `to` under the form's
 * locale. A failure returns the code to show and the fields typed that are not secret (`kept`), so
 * the form is not emptied. Not a server action itself: the actions (./actions.ts,
 * lib/classes/join-actions.ts) call it.
 */
export async function signInForm<Input extends { locale: AppLocale }>(
  form: FormData,
  action: string,
  schema: z.ZodType<Input>,
  kept: readonly string[],
  to: string,
  run: (requestHeaders: Headers, input: Input) => Promise<string[]>,
): Promise<ActionResult> {
  const fields = formObject(form);
  const parsed = schema.safeParse(fields);
  const values = keepValues(form, [...kept, "next"]);
  if (!parsed.success) return { ...invalidInput(parsed.error), values };
  try {
    await applySetCookies(await run(await headers(), parsed.data));
  } catch (error) {
    return { ...toFailure(error, action), values };
  }
  redirect(safeReturnPath(fields.next) ?? `/${parsed.data.locale}${to}`);
}

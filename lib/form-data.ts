/**
 * A submitted form as a plain object for zod: each field's string value, and for the fields named
 * in `lists` every value (checkboxes sharing a name). Files are ignored.
 */
export function formObject(form: FormData, lists: readonly string[] = []): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  // An action is a public endpoint: a client may send it anything but a form, which then fails
  // the schema like an empty form instead of throwing.
  // (Duck-typed: the FormData React decodes need not be this realm's class.)
  if (typeof (form as Partial<FormData> | null)?.entries !== "function") return result;
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string") continue;
    if (lists.includes(key)) result[key] = [...((result[key] as string[] | undefined) ?? []), value];
    else result[key] = value;
  }
  for (const key of lists) result[key] ??= [];
  return result;
}

/** The fields a failed form gets back to show again (never a password). */
export function keepValues(form: FormData, names: readonly string[]): Record<string, string> {
  const fields = formObject(form);
  return Object.fromEntries(names.map((name) => [name, String(fields[name] ?? "")]));
}

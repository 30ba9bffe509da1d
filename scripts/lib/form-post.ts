/**
 * A page's form posted as a browser without JavaScript posts it, or as a script would: the hidden
 * fields React renders into the form to name its server action, then the fields typed. For the
 * benchmark's sign-in and for the tests that play a script at the app's forms. Each call starts
 * with no cookie (a script's).
 */

const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The action's hidden fields of the (first) form in a page's HTML. */
export function hiddenActionFields(html: string): Array<[string, string]> {
  return [...html.matchAll(/<input type="hidden" name="(\$ACTION_[^"]+)"(?: value="([^"]*)")?\/>/g)].map(([, name, value]): [string, string] => [
    name!,
    decode(value ?? ""),
  ]);
}

/** Posts the form of the page at `path` on `origin`; the answer is not followed (a redirect is a success). */
export async function postPageForm(
  origin: string,
  path: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
  send: typeof fetch = fetch,
): Promise<Response> {
  const url = new URL(path, origin);
  const hidden = hiddenActionFields(await (await send(url, { headers })).text());
  if (hidden.length === 0) throw new Error(`${path} has no form to post`);
  const body = new FormData();
  for (const [name, value] of [...hidden, ...Object.entries(fields)]) body.append(name, value);
  return send(url, { method: "POST", body, headers: { origin, ...headers }, redirect: "manual" });
}

/**
 * What the form's alert says in a page's HTML (entities decoded, no-break spaces as spaces), or
 * null. Only the alert: the page also carries every message its forms may show, in its React payload.
 */
export function alertText(html: string): string | null {
  const alert = /<p[^>]*role="alert"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1];
  return alert === undefined ? null : decode(alert.replace(/<[^>]+>/g, "")).replace(/[\u00A0\u202F]/g, " ");
}

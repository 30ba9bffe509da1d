import { randomInt } from "node:crypto";
import { alertText, postPageForm } from "@/scripts/lib/form-post";

/**
 * Forms posted as a script posts them, without a browser and without cookies: what an attacker
 * scripting the join or sign-in forms sends, at the speed of the server.
 */

/** A client address of its own (the benchmarking range, RFC 2544): the server trusts it from this machine. */
export const scriptAddress = () => `198.19.${randomInt(256)}.${randomInt(1, 255)}`;

/**
 * Posts the form of the page at `path` on `origin` with `fields`; returns what the answered page's
 * alert says, or where it redirected to.
 */
export async function postForm(origin: string, path: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<string> {
  const response = await postPageForm(origin, path, fields, headers);
  if (response.status >= 300 && response.status < 400) return `redirected to ${response.headers.get("location")}`;
  return alertText(await response.text()) ?? `${response.status}, no alert in the page`;
}

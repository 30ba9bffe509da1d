import type { FuzzRequest } from "./http";

/**
 * What Next.js itself still answers with a 5xx, before any code of the app runs: server-action
 * bodies it cannot decode (docs/security.md, "Forged server-action requests", and
 * tests/e2e/action-requests.spec.ts, which pins each). A 5xx to a generated request of one of
 * these kinds is counted apart, under its upstream issue; any other 5xx fails the proof. Drop an
 * entry once the pinning test shows the upgrade fixed it.
 */
const NEXT_OWN_5XX: ReadonlyArray<{ issue: string; labels: RegExp; body?: RegExp }> = [
  {
    // React's decodeReply throws on arguments it cannot decode (or that are not a list), and Next.js answers 500.
    issue: "vercel/next.js#86945 (an action body React cannot decode)",
    labels:
      /^(arguments that are not a list|a React reference to nothing|JSON cut short|invalid UTF-8|deeply nested JSON|content type .*|multipart parts of anything|multipart with a broken part)$/,
  },
  {
    // A multipart part whose name holds a control character: Next.js's multipart parser (busboy) throws "Malformed part header".
    issue: "vercel/next.js#86945 (a multipart action body its parser refuses)",
    labels: /.*/, // whatever the label: the body says it
    body: /name="[^"]*[\u0000-\u001f]/,
  },
  {
    // A form posted without JavaScript whose React fields (the action's descriptor and bound arguments) do not decode.
    issue: "vercel/next.js#90090 (a form action whose React fields cannot be read)",
    // "boundary b": a short boundary also found inside a value, which the platform's form parser (Request.formData) fails on.
    labels:
      /^(its descriptor cut short|its bound arguments missing|bound arguments of anything|a React reference to nothing|its descriptor twice|boundary .+) \(no JavaScript\)$/,
  },
];

/** A server action as Next.js recognises one: a Next-Action header, or a multipart form posted to a page. */
function isActionRequest(request: FuzzRequest): boolean {
  const headers = request.headers ?? {};
  if (request.method !== "POST") return false;
  if (headers["next-action"] !== undefined) return true;
  return (headers["content-type"] ?? "").startsWith("multipart/form-data") && !request.path.startsWith("/api/");
}

/**
 * Next.js's own refusal of an action it cannot find: a 400 or 409 with its plain-text message
 * ("Invalid Server Action request.", "Server Action unavailable."), before any code of the app
 * runs. A refusal all the same, but not in the app's words: counted as refused, not held to the
 * app's localised error body.
 */
export function isNextOwnRefusal(request: FuzzRequest, response: { status: number; text: string }): boolean {
  if (!isActionRequest(request)) return false;
  if ((response.status === 400 || response.status === 409) && /^(Invalid Server Action request|Server Action unavailable)\.$/.test(response.text.trim()))
    return true;
  // A Next-Action header on a body type no action is sent as: not an action to Next.js, which
  // answers the page's POST with the "not found" page.
  const type = request.headers?.["content-type"] ?? "";
  return response.status === 404 && request.headers?.["next-action"] !== undefined && !/^(text\/plain|multipart\/form-data)/.test(type);
}

/**
 * A string React's reply decoder reads as a reference (it starts with "$"; a real client writes a
 * "$" of the text as "$$"): any generated value may be one, whatever the request's label says.
 */
const REACT_REFERENCE = /"\$(?!\$)/;

/** The upstream issue a 5xx to this request belongs to, if it is one of Next.js's own. */
export function nextOwn5xx(request: FuzzRequest): string | undefined {
  if (!isActionRequest(request)) return undefined;
  const body = request.body?.toString() ?? "";
  const labelled = NEXT_OWN_5XX.find((entry) => entry.labels.test(request.label) && (!entry.body || entry.body.test(body)))?.issue;
  if (labelled) return labelled;
  // Arguments sent as text (JSON): there, no string of the app's own client starts with a lone "$".
  const asText = request.headers?.["next-action"] !== undefined && (request.headers["content-type"] ?? "").startsWith("text/plain");
  return asText && REACT_REFERENCE.test(body) ? NEXT_OWN_5XX[0]!.issue : undefined;
}

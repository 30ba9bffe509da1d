import fc from "fast-check";
import { anyValue, contentType, deeplyNested, edgeString, strangerCookie, truncated, withInvalidUtf8 } from "./arbitraries";
import { actionRefusalProblems, actionResult } from "./checks";
import type { FuzzRequest, FuzzResponse } from "./http";
import { ACTION_BODY_BYTES } from "@/lib/http/limits";

/**
 * Server actions as Next's client calls them: a POST to a page that uses the action, its id (from
 * the build's server reference manifest) in Next-Action, and the arguments encoded by React (a
 * JSON argument list as text/plain, or multipart/form-data); and the breakages any action gets.
 */

/** Where an action is called from: its id, a page that uses it, and the sender's cookies. */
export type ActionTarget = { actionId: string; page: string; cookie: string };

type CallOptions = { body: string | Buffer; label: string; type?: string | undefined; actionId?: string; cookie?: string; origin?: string };

export function actionCall(target: ActionTarget, options: CallOptions): FuzzRequest {
  const type = "type" in options ? options.type : "text/plain;charset=UTF-8";
  return {
    method: "POST",
    path: target.page,
    headers: {
      "next-action": options.actionId ?? target.actionId,
      accept: "text/x-component",
      ...(type === undefined ? {} : { "content-type": type }),
      cookie: options.cookie ?? target.cookie,
      ...(options.origin ? { origin: options.origin } : {}),
    },
    body: options.body,
    label: options.label,
  };
}

const BOUNDARY = "----fuzz7MA4YWxkTrZu0gW";

/** A multipart/form-data body of text parts, in order (a name may repeat). */
export function multipart(parts: ReadonlyArray<readonly [string, string]>, boundary = BOUNDARY): { body: string; type: string } {
  const body =
    parts.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") + `--${boundary}--\r\n`;
  return { body, type: `multipart/form-data; boundary=${boundary}` };
}

/**
 * The attacks on any action, around an argument it must refuse (e.g. another learner's id), so no
 * generated request can succeed by chance: arguments of any type or shape, React references to
 * nothing, bodies cut short, not UTF-8, nested too deep or over the limit, other content types,
 * broken multipart, unknown action ids, another site's request, a stranger's cookie.
 */
export function actionAttacks(target: ActionTarget, refusedArgument: Record<string, unknown>): fc.Arbitrary<FuzzRequest> {
  const send = (options: CallOptions) => actionCall(target, options);
  const text = JSON.stringify([refusedArgument]);
  const keys = Object.keys(refusedArgument);
  return fc.oneof(
    fc
      .tuple(fc.constantFrom(...keys), anyValue)
      .map(([key, value]) => send({ body: JSON.stringify([{ ...refusedArgument, [key]: value }]), label: `${key} of a wrong type or value` })),
    anyValue.map((value) => send({ body: JSON.stringify([value]), label: "an argument of any type" })),
    anyValue.map((value) => send({ body: JSON.stringify(value), label: "arguments that are not a list" })),
    edgeString.map((tag) =>
      send({ body: JSON.stringify([{ ...refusedArgument, [keys[0]!]: tag.startsWith("$") ? tag : `$${tag}` }]), label: "a React reference to nothing" }),
    ),
    truncated(text).map((body) => send({ body, label: "JSON cut short" })),
    withInvalidUtf8(text).map((body) => send({ body, label: "invalid UTF-8" })),
    deeplyNested.map((body) => send({ body, label: "deeply nested JSON" })),
    contentType.map((type) => send({ body: text, type, label: `content type ${String(type)}` })),
    fc
      .array(
        fc.tuple(
          edgeString,
          anyValue.map((value) => JSON.stringify(value) ?? ""),
        ),
        { maxLength: 4 },
      )
      .map((parts) => send({ ...multipart(parts), label: "multipart parts of anything" })),
    anyValue.map((value) =>
      send({
        ...multipart([
          ["0", JSON.stringify([value]) ?? ""],
          ["1", "{oops"],
        ]),
        label: "multipart with a broken part",
      }),
    ),
    fc
      .string({ unit: fc.constantFrom(..."0123456789abcdef"), maxLength: 42 })
      .map((actionId) => send({ body: text, actionId, label: "an action id that does not exist" })),
    fc.webUrl().map((origin) => send({ body: text, origin, label: "another site's request" })),
    strangerCookie.map((cookie) => send({ body: text, cookie, label: "a stranger's cookie" })),
    fc
      .integer({ min: ACTION_BODY_BYTES + 1, max: ACTION_BODY_BYTES + 4096 })
      .map((size) => send({ body: JSON.stringify([{ ...refusedArgument, pad: "x".repeat(size) }]), label: "a body over the limit" })),
  );
}

/** `{ ok: false, code }` in the action's payload, or a 4xx from the server's gate. */
export const actionRefused = (response: FuzzResponse) =>
  (response.status >= 400 && response.status < 500) || (response.status < 300 && actionResult({ ...response, headers: {} })?.ok === false);

/** A refusal in the action's payload must carry a code both catalogues have; a 4xx is the runner's to check. */
export function actionPayloadProblems(response: FuzzResponse): string[] | undefined {
  if (response.status >= 400) return undefined;
  const result = actionResult(response);
  return result ? actionRefusalProblems(result) : [`no action result in ${response.status}: ${response.text.slice(0, 120)}`];
}

import fc from "fast-check";
import { anyValue, contentType, deeplyNested, edgeString, strangerCookie, truncated, withInvalidUtf8 } from "../arbitraries";
import { actionRefusalProblems, actionResult } from "../checks";
import type { FuzzContext } from "../context";
import type { Endpoint } from "../endpoint";
import type { FuzzRequest } from "../http";

/**
 * The submit server action (lib/attempts/actions.ts), called as Next's client calls it: a POST to
 * a page that uses it, with its id (from the build's server reference manifest) in Next-Action and
 * the arguments encoded by React (a JSON argument list as text/plain, or multipart/form-data).
 * Other actions register the same way: see actionEndpoint below.
 */

/** Next's action body limit (1 MB, as server/request-gate.ts enforces it before Next reads it). */
const ACTION_BODY_BYTES = 1024 * 1024;

type ActionCall = { body: string | Buffer; label: string; type?: string | undefined; actionId?: string; cookie?: string; origin?: string };

function call(ctx: FuzzContext, actionId: string, options: ActionCall): FuzzRequest {
  const type = "type" in options ? options.type : "text/plain;charset=UTF-8";
  return {
    method: "POST",
    path: ctx.actionPage,
    headers: {
      "next-action": options.actionId ?? actionId,
      accept: "text/x-component",
      ...(type === undefined ? {} : { "content-type": type }),
      cookie: options.cookie ?? ctx.me.cookie,
      ...(options.origin ? { origin: options.origin } : {}),
    },
    body: options.body,
    label: options.label,
  };
}

function multipart(parts: Array<[string, string]>): { body: string; type: string } {
  const boundary = "----fuzz7MA4YWxkTrZu0gW";
  const body = parts.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") + `--${boundary}--\r\n`;
  return { body, type: `multipart/form-data; boundary=${boundary}` };
}

/**
 * The attacks on any action taking one object argument: `validArgument` must be one the action
 * refuses (e.g. another learner's id), so no generated request can succeed by chance.
 */
export function actionAttacks(ctx: FuzzContext, actionId: string, refusedArgument: Record<string, unknown>): fc.Arbitrary<FuzzRequest> {
  const send = (options: ActionCall) => call(ctx, actionId, options);
  const text = JSON.stringify([refusedArgument]);
  const keys = Object.keys(refusedArgument);
  return fc.oneof(
    fc.tuple(fc.constantFrom(...keys), anyValue).map(([key, value]) => send({ body: JSON.stringify([{ ...refusedArgument, [key]: value }]), label: `${key} of a wrong type or value` })),
    anyValue.map((value) => send({ body: JSON.stringify([value]), label: "an argument of any type" })),
    anyValue.map((value) => send({ body: JSON.stringify(value), label: "arguments that are not a list" })),
    edgeString.map((tag) => send({ body: JSON.stringify([{ ...refusedArgument, [keys[0]!]: tag.startsWith("$") ? tag : `$${tag}` }]), label: "a React reference to nothing" })),
    truncated(text).map((body) => send({ body, label: "JSON cut short" })),
    withInvalidUtf8(text).map((body) => send({ body, label: "invalid UTF-8" })),
    deeplyNested.map((body) => send({ body, label: "deeply nested JSON" })),
    contentType.map((type) => send({ body: text, type, label: `content type ${String(type)}` })),
    fc.array(fc.tuple(edgeString, anyValue.map((value) => JSON.stringify(value) ?? "")), { maxLength: 4 }).map((parts) => send({ ...multipart(parts), label: "multipart parts of anything" })),
    anyValue.map((value) => send({ ...multipart([["0", JSON.stringify([value]) ?? ""], ["1", "{oops"]]), label: "multipart with a broken part" })),
    fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), maxLength: 42 }).map((actionId) => send({ body: text, actionId, label: "an action id that does not exist" })),
    fc.webUrl().map((origin) => send({ body: text, origin, label: "another site's request" })),
    strangerCookie.map((cookie) => send({ body: text, cookie, label: "a stranger's cookie" })),
    fc.integer({ min: ACTION_BODY_BYTES + 1, max: ACTION_BODY_BYTES + 4096 }).map((size) => send({ body: JSON.stringify([{ ...refusedArgument, pad: "x".repeat(size) }]), label: "a body over the limit" })),
  );
}

/** `{ ok: false, code }` in the action's payload, or a 4xx from the server's gate. */
const actionRefused = (response: { status: number; text: string; headers: Record<string, unknown> }) =>
  (response.status >= 400 && response.status < 500) || (response.status < 300 && actionResult({ ...response, headers: {} })?.ok === false);

export const submitActionEndpoint: Endpoint = {
  name: "submitAttemptAction (server action)",
  owner: "app",
  runs: 1_200,
  writes: ["User", "Session", "Attempt", "Answer"],
  valid: (ctx) => call(ctx, ctx.submitActionId, { body: JSON.stringify([{ locale: "fr", attemptId: ctx.other.attemptId }]), cookie: ctx.other.cookie, label: "a learner submits their attempt" }),
  // Refused arguments only: another learner's attempt with my session, or mine with a bad locale.
  invalid: (ctx) =>
    fc.oneof(
      actionAttacks(ctx, ctx.submitActionId, { locale: "fr", attemptId: ctx.other.attemptId }),
      edgeString.filter((locale) => locale !== "fr" && locale !== "en").map((locale) => call(ctx, ctx.submitActionId, { body: JSON.stringify([{ locale, attemptId: ctx.me.attemptId }]), label: "my attempt, a locale that is not one" })),
    ),
  refused: actionRefused,
  refusalProblems: (response) => {
    if (response.status >= 400) return undefined;
    const result = actionResult(response);
    return result ? actionRefusalProblems(result) : [`no action result in ${response.status}: ${response.text.slice(0, 120)}`];
  },
};

import fc from "fast-check";
import { contentType, deeplyNested, mutated, otherMethod, strangerCookie, truncated, withInvalidUtf8 } from "./arbitraries";
import type { FuzzContext } from "./context";
import type { FuzzRequest, FuzzResponse } from "./http";

/**
 * One entry of the fuzzer's registry (./registry.ts): how to reach an endpoint, how to break its
 * requests, and what it could write. The runner (./runner.ts) sends the generated requests and
 * holds every answer to: no 5xx; a refusal carries a code and a message in the request's language
 * (for better-auth's own endpoints, a JSON body); a refusal, or any answer to a read-only
 * endpoint, leaves every row of `writes` as it was.
 */
export type Endpoint = {
  name: string;
  /** "app": our handler, which must answer with our error codes; "better-auth": its own codes. */
  owner: "app" | "better-auth";
  /** Generated requests per run at the full size (`--scale` multiplies them). */
  runs: number;
  /** Tables a request to this endpoint could write. */
  writes: readonly string[];
  /** Never writes, whatever it answers (a GET). */
  readOnly?: boolean;
  /** A request it accepts: sent once first, so a fuzz of a dead path cannot pass unnoticed. */
  valid: (ctx: FuzzContext) => FuzzRequest;
  /** Whether the answer to `valid` accepted it; default: below 300 and not refused. */
  accepted?: (response: FuzzResponse) => boolean;
  invalid: (ctx: FuzzContext) => fc.Arbitrary<FuzzRequest>;
  /** Whether an answer refuses the request; default: any 4xx. */
  refused?: (response: FuzzResponse) => boolean;
  /** What a refusal must carry, beyond the default for its owner. */
  refusalProblems?: (response: FuzzResponse, locales: ReadonlyArray<"fr" | "en">) => string[] | undefined;
  /** Locales the request itself asks for in its body (the header's is always allowed). */
  bodyLocale?: (request: FuzzRequest) => "fr" | "en" | undefined;
};

export const JSON_TYPE = { "content-type": "application/json" };

export function jsonRequest(path: string, body: unknown, options: { cookie?: string; method?: string; label: string }): FuzzRequest {
  return {
    method: options.method ?? "POST",
    path,
    headers: { ...JSON_TYPE, ...(options.cookie ? { cookie: options.cookie } : {}) },
    body: JSON.stringify(body),
    label: options.label,
  };
}

/**
 * The breakages every JSON endpoint gets, around one valid body: fields missing, of a wrong type
 * or extra; the wrong content type; bytes that are not UTF-8; JSON cut short or nested too deep;
 * a body over `maxBytes`; other methods; no cookie or a stranger's.
 */
export function jsonBodyAttacks(
  path: string,
  validBody: Record<string, unknown>,
  options: { cookie: string; method: string; maxBytes: number },
): fc.Arbitrary<FuzzRequest> {
  const { cookie, method } = options;
  const text = JSON.stringify(validBody);
  const raw = (body: Buffer | string, label: string, type: string | undefined = "application/json"): FuzzRequest => ({
    method,
    path,
    headers: { ...(type === undefined ? {} : { "content-type": type }), cookie },
    body,
    label,
  });
  return fc.oneof(
    { weight: 6, arbitrary: mutated(validBody).map(({ body, label }) => jsonRequest(path, body, { cookie, method, label })) },
    contentType.map((type) => raw(text, `content type ${type === undefined ? "missing" : JSON.stringify(type)}`, type)),
    withInvalidUtf8(text).map((body) => raw(body, "invalid UTF-8")),
    truncated(text).map((body) => raw(body, "JSON cut short")),
    deeplyNested.map((body) => raw(body, "deeply nested JSON")),
    fc.constantFrom("", "null", "[]", '"text"', "1e999", "{}", "[[]]", "true").map((body) => raw(body, `body ${JSON.stringify(body)}`)),
    fc
      .integer({ min: options.maxBytes + 1, max: options.maxBytes * 3 })
      .map((size) => raw(JSON.stringify({ ...validBody, pad: "x".repeat(size) }), "body over the limit")),
    otherMethod([method]).map((other) => ({ ...raw(text, `method ${other}`), method: other })),
    strangerCookie.chain((stranger) =>
      mutated(validBody).map(({ body, label }) => jsonRequest(path, body, { cookie: stranger, method, label: `${label}, no session of mine` })),
    ),
  );
}

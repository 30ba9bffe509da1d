import fc from "fast-check";
import { anyValue, contentType, deeplyNested, edgeString, percentEncode, strangerCookie, withInvalidUtf8 } from "../arbitraries";
import { JSON_TYPE, type Endpoint } from "../endpoint";
import type { FuzzRequest } from "../http";

/**
 * better-auth's handler (app/api/auth/[...all]/route.ts): its main endpoints. Its refusals carry
 * better-auth's own codes and English messages, not ours; a JSON body (or none, for its 404) is
 * what is asked of them. Bodies over 16 KB are refused by lib/auth/public-endpoints.ts before better-auth runs.
 */

const AUTH_TABLES = ["User", "Session", "Account", "Verification"] as const;
const AUTH_BODY_BYTES = 16 * 1024;

function bodyAttacks(path: string, cookie: fc.Arbitrary<string>): fc.Arbitrary<FuzzRequest> {
  const post = (body: string | Buffer, label: string, headers: Record<string, string> = JSON_TYPE) =>
    cookie.map((value) => ({ method: "POST", path, headers: { ...headers, cookie: value }, body, label }));
  return fc.oneof(
    anyValue.chain((value) => post(JSON.stringify(value) ?? "", "a body of any JSON")),
    fc.dictionary(edgeString, anyValue, { maxKeys: 4 }).chain((value) => post(JSON.stringify(value), "fields of any name and type")),
    withInvalidUtf8('{"name": "élève"}').chain((body) => post(body, "invalid UTF-8")),
    deeplyNested.filter((body) => body.length < AUTH_BODY_BYTES).chain((body) => post(body, "deeply nested JSON")),
    contentType.chain((type) => post("{}", `content type ${String(type)}`, type === undefined ? {} : { "content-type": type })),
    fc
      .integer({ min: AUTH_BODY_BYTES + 1, max: AUTH_BODY_BYTES * 4 })
      .chain((size) => post(JSON.stringify({ pad: "x".repeat(size) }), "a body over the limit")),
    fc.constantFrom("PUT", "PATCH", "DELETE").chain((method) => post("{}", `method ${method}`).map((request) => ({ ...request, method }))),
  );
}

export const signInAnonymousEndpoint: Endpoint = {
  name: "POST /api/auth/sign-in/anonymous",
  owner: "better-auth",
  runs: 400,
  writes: AUTH_TABLES,
  valid: () => ({ method: "POST", path: "/api/auth/sign-in/anonymous", headers: JSON_TYPE, body: "{}", label: "a new guest" }),
  // A guest signing in again is refused by better-auth: my cookie makes every payload a refusal.
  invalid: (ctx) => bodyAttacks("/api/auth/sign-in/anonymous", fc.oneof(fc.constant(ctx.me.cookie), strangerCookie)),
};

export const getSessionEndpoint: Endpoint = {
  name: "GET /api/auth/get-session",
  owner: "better-auth",
  runs: 300,
  writes: AUTH_TABLES,
  readOnly: true,
  valid: (ctx) => ({ method: "GET", path: "/api/auth/get-session", headers: { cookie: ctx.me.cookie }, label: "my session" }),
  invalid: () =>
    fc.oneof(
      strangerCookie.map((cookie) => ({ method: "GET", path: "/api/auth/get-session", headers: { cookie }, label: "a stranger's or a forged cookie" })),
      fc.tuple(edgeString, edgeString).map(([name, value]) => ({
        method: "GET",
        path: `/api/auth/get-session?${percentEncode(name)}=${percentEncode(value)}`,
        label: "query parameters of anything",
      })),
    ),
};

export const signOutEndpoint: Endpoint = {
  name: "POST /api/auth/sign-out",
  owner: "better-auth",
  runs: 300,
  writes: AUTH_TABLES,
  valid: () => ({ method: "POST", path: "/api/auth/sign-out", headers: JSON_TYPE, body: "{}", label: "signing out with no session" }),
  // Never with a real session: signing it out would be a legitimate write.
  invalid: () => bodyAttacks("/api/auth/sign-out", strangerCookie),
};

export const unknownAuthEndpoint: Endpoint = {
  name: "/api/auth/<anything else>",
  owner: "better-auth",
  runs: 100,
  writes: AUTH_TABLES,
  readOnly: true,
  valid: () => ({ method: "GET", path: "/api/auth/ok", label: "better-auth's health check" }),
  invalid: () =>
    fc.tuple(fc.constantFrom("GET", "POST", "DELETE"), fc.webPath()).map(([method, path]) => ({
      method,
      // Dots out, so the URL cannot climb out of /api/auth.
      path: `/api/auth/${path.replace(/\./g, "dot").replace(/^\/+/, "")}-x`,
      headers: JSON_TYPE,
      ...(method === "GET" ? {} : { body: "{}" }),
      label: "a path better-auth does not have",
    })),
};

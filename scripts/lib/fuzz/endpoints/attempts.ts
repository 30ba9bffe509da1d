import fc from "fast-check";
import { edgeString, otherMethod, percentEncode, strangerCookie } from "../arbitraries";
import type { Endpoint } from "../endpoint";

/** GET /api/attempts/current (app/api/attempts/current/route.ts): the learner's own work, read only; and GET /api/session. */

const query = (params: Array<[string, string]>) => params.map(([name, value]) => `${percentEncode(name)}=${percentEncode(value)}`).join("&");

export const attemptsEndpoint: Endpoint = {
  name: "GET /api/attempts/current",
  owner: "app",
  runs: 800,
  writes: ["User", "Session", "Attempt", "Answer"],
  readOnly: true,
  valid: (ctx) => ({ method: "GET", path: `/api/attempts/current?article=${ctx.article}`, headers: { cookie: ctx.me.cookie }, label: "my own work" }),
  invalid: (ctx) => {
    const get = (search: string, label: string, cookie = ctx.me.cookie) => ({
      method: "GET",
      path: `/api/attempts/current?${search}`,
      headers: { cookie },
      label,
    });
    const name = fc.constantFrom("article", "exercise", "attemptId", "article[]", "__proto__", "");
    return fc.oneof(
      edgeString.map((value) => get(query([["article", value]]), "an article that is not one")),
      edgeString.map((value) => get(query([["exercise", value]]), "an exercise that is not one")),
      fc.array(fc.tuple(name, edgeString), { maxLength: 4 }).map((params) => get(query(params), "parameters missing, repeated or unknown")),
      fc.constant(
        get(
          query([
            ["article", ctx.article],
            ["exercise", "comparison"],
          ]),
          "both an article and the exercise",
        ),
      ),
      fc.constant(
        get(
          query([
            ["article", ctx.article],
            ["article", ctx.article],
          ]),
          "the article twice",
        ),
      ),
      fc.string({ maxLength: 200 }).map((raw) => get(raw.replace(/[#\s]/g, ""), "a query string of anything")),
      fc.integer({ min: 2_000, max: 12_000 }).map((length) => get(query([["article", "a".repeat(length)]]), "a very long article name")),
      strangerCookie.map((cookie) => get(query([["article", ctx.article]]), "a stranger's cookie", cookie)),
      otherMethod(["GET"]).map((method) => ({ ...get(query([["article", ctx.article]]), `method ${method}`), method, body: "{}" })),
    );
  },
};

/** GET /api/session (app/api/session/route.ts): who is signed in, for the header; read only. */
export const sessionEndpoint: Endpoint = {
  name: "GET /api/session",
  owner: "app",
  runs: 200,
  writes: ["User", "Session"],
  readOnly: true,
  valid: (ctx) => ({ method: "GET", path: "/api/session", headers: { cookie: ctx.me.cookie }, label: "who I am" }),
  // Every GET is answered 200 (nobody, or someone): only the other methods and bad cookies can be refused.
  accepted: (response) => response.status === 200,
  invalid: (ctx) =>
    fc.oneof(
      strangerCookie.map((cookie) => ({ method: "GET", path: "/api/session", headers: { cookie }, label: "a stranger's cookie" })),
      fc.string({ maxLength: 200 }).map((raw) => ({
        method: "GET",
        path: `/api/session?${raw.replace(/[#\s]/g, "")}`,
        headers: { cookie: ctx.me.cookie },
        label: "a query string of anything",
      })),
      otherMethod(["GET"]).map((method) => ({ method, path: "/api/session", headers: { cookie: ctx.me.cookie }, body: "{}", label: `method ${method}` })),
    ),
};

import { createHmac, randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { toFailure } from "@/lib/action-failure";
import { signInTeacher } from "@/lib/auth/accounts";
import { signInStudent } from "@/lib/classes/student-sign-in";
import { callAuthEndpoint } from "@/lib/auth/endpoints";
import { getOrCreateViewer, resolveSession } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { unexpectedError } from "@/lib/errors";
import * as answersRoute from "@/app/api/answers/route";
import * as currentRoute from "@/app/api/attempts/current/route";
import * as feedbackRoute from "@/app/api/review/feedback/route";
import * as progressRoute from "@/app/api/review/progress/route";
import * as assignmentExportRoute from "@/app/api/teach/assignments/[assignmentId]/export/route";
import { GET as authGet, POST as authPost } from "@/app/api/auth/[...all]/route";
import { GET as sessionGet } from "@/app/api/session/route";
import { findFreePort } from "@/scripts/lib/embedded-postgres";
import { callRoute, type RouteModule } from "../support/routes";

/**
 * PostgreSQL cannot be reached (issue 22): every request that needs it answers 503
 * DATABASE_UNAVAILABLE with the message in the request's language, never 500. This file's app
 * modules point at a port where nothing listens (each test file runs in a process of its own).
 *
 * The requests that answered 500 were those whose signed copy of the session (five minutes) had
 * expired: better-auth looked the session up in the database, and its lookup turned the failure into
 * its own "Failed to get session" error without the cause, which lib/errors.ts could not recognise.
 */

let closedUrl: string;

beforeAll(async () => {
  closedUrl = `postgresql://postgres@127.0.0.1:${await findFreePort()}/recits`;
  process.env.DATABASE_URL = closedUrl;
});

/** A session cookie as better-auth signs it, for a session the database would have to be asked about (no cached copy). */
function sessionCookieWithoutCache(): string {
  const token = randomBytes(24).toString("hex");
  const signature = createHmac("sha256", env().BETTER_AUTH_SECRET).update(token).digest("base64");
  return `better-auth.session_token=${encodeURIComponent(`${token}.${signature}`)}`;
}

const headersWith = (extra: Record<string, string> = {}) => ({
  host: "school.test:3000",
  "x-forwarded-for": "198.51.100.7",
  "x-forwarded-proto": "http",
  ...extra,
});

const FRENCH = "La base de données ne répond pas pour l'instant";
const ENGLISH = "The database is not answering right now";

describe("with PostgreSQL unreachable", () => {
  it("a session looked up in the database fails as 'database unavailable', not as an internal error", async () => {
    expect(env().DATABASE_URL).toBe(closedUrl);
    const failure = await resolveSession(new Headers(headersWith({ cookie: sessionCookieWithoutCache() }))).catch((error: unknown) => error);
    expect(unexpectedError(failure).code).toBe("DATABASE_UNAVAILABLE");
  });

  it("a sign-in, a sign-out or a new guest fails as 'database unavailable', which a form shows as such", async () => {
    // Each is started at once and its failure caught at once: none is left rejected while another is awaited.
    const outcomes = [
      callAuthEndpoint(new Headers(headersWith()), "/sign-in/email", { email: "prof@example.org", password: "mot-de-passe-1" }),
      // The app's sign-ins read their limits (lib/auth/limits.ts) before better-auth.
      signInTeacher(new Headers(headersWith()), "prof@example.org", "mot-de-passe-1"),
      signInStudent(new Headers(headersWith()), { code: "ABCDEFGH", name: "Léa", password: "mot-de-passe-1" }),
      callAuthEndpoint(new Headers(headersWith({ cookie: sessionCookieWithoutCache() })), "/sign-out", {}, { withSession: true }),
      getOrCreateViewer(new Headers(headersWith())),
    ].map((attempt: Promise<unknown>) =>
      attempt.then(
        () => "no failure",
        (error: unknown) => error,
      ),
    );
    for (const outcome of await Promise.all(outcomes)) expect(toFailure(outcome, "test").code).toBe("DATABASE_UNAVAILABLE");
  });

  const APP_ENDPOINTS: Array<{ name: string; path: string; method?: string; body?: unknown; route: RouteModule; params?: Record<string, string> }> = [
    { name: "GET /api/attempts/current", path: "/api/attempts/current?article=ordre-contre-desordre", route: currentRoute },
    { name: "GET /api/attempts/current (assignment)", path: "/api/attempts/current?article=ordre-contre-desordre&assignment=a1", route: currentRoute },
    {
      name: "POST /api/answers",
      path: "/api/answers",
      method: "POST",
      body: { article: "ordre-contre-desordre", question: "main-claim", attemptId: "a1", value: { text: "x" }, baseRevision: 1, saveId: "save-12345678" },
      route: answersRoute,
    },
    { name: "GET /api/review/progress", path: "/api/review/progress?class=c1&assignment=a1", route: progressRoute },
    {
      name: "POST /api/review/feedback",
      path: "/api/review/feedback",
      method: "POST",
      body: { answerId: "x1", value: { comment: "Bien", score: 2 }, baseRevision: 0, saveId: "save-12345678" },
      route: feedbackRoute,
    },
    { name: "GET /api/teach/assignments/:id/export", path: "/api/teach/assignments/a1/export", route: assignmentExportRoute, params: { assignmentId: "a1" } },
  ];

  it.each(APP_ENDPOINTS)("$name answers 503 with the message in the request's language", async ({ path, method, body, route, params }) => {
    for (const [language, message] of [
      ["fr", FRENCH],
      ["en", ENGLISH],
    ] as const) {
      const response = await callRoute(
        route,
        `http://school.test:3000${path}`,
        {
          method: method ?? "GET",
          headers: {
            ...headersWith({ cookie: sessionCookieWithoutCache(), "accept-language": language }),
            ...(body ? { "content-type": "application/json" } : {}),
          },
          body: body ? JSON.stringify(body) : undefined,
        },
        params,
      );
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ ok: false, code: "DATABASE_UNAVAILABLE", message: expect.stringContaining(message) });
    }
  });

  const WEB_ENDPOINTS = [
    {
      name: "GET /api/session",
      request: () =>
        new Request("http://school.test:3000/api/session", { headers: headersWith({ cookie: sessionCookieWithoutCache(), "accept-language": "en" }) }),
      handle: sessionGet,
    },
    {
      name: "GET /api/auth/get-session",
      request: () =>
        new Request("http://school.test:3000/api/auth/get-session", { headers: headersWith({ cookie: sessionCookieWithoutCache(), "accept-language": "en" }) }),
      handle: authGet,
    },
    {
      name: "POST /api/auth/sign-in/anonymous",
      request: () =>
        new Request("http://school.test:3000/api/auth/sign-in/anonymous", {
          method: "POST",
          headers: headersWith({ "content-type": "application/json", "accept-language": "en" }),
          body: "{}",
        }),
      handle: authPost,
    },
    {
      name: "POST /api/auth/sign-out",
      request: () =>
        new Request("http://school.test:3000/api/auth/sign-out", {
          method: "POST",
          headers: headersWith({ cookie: sessionCookieWithoutCache(), "content-type": "application/json", "accept-language": "en" }),
          body: "{}",
        }),
      handle: authPost,
    },
  ];

  it.each(WEB_ENDPOINTS)("$name answers 503 with the message in the request's language", async ({ request, handle }) => {
    const response = await handle(request());
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ code: "DATABASE_UNAVAILABLE", message: expect.stringContaining(ENGLISH) });
  });
});

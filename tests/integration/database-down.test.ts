import { createHmac, randomBytes } from "node:crypto";
import type { NextApiRequest, NextApiResponse } from "next";
import { beforeAll, describe, expect, it } from "vitest";
import { toFailure } from "@/lib/action-failure";
import { signInStudent, signInTeacher } from "@/lib/auth/accounts";
import { callAuthEndpoint } from "@/lib/auth/endpoints";
import { getOrCreateViewer, resolveSession } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { unexpectedError } from "@/lib/errors";
import answersHandler from "@/pages/api/answers";
import currentHandler from "@/pages/api/attempts/current";
import feedbackHandler from "@/pages/api/review/feedback";
import progressHandler from "@/pages/api/review/progress";
import assignmentExportHandler from "@/pages/api/teach/assignments/[assignmentId]/export";
import { GET as authGet, POST as authPost } from "@/app/api/auth/[...all]/route";
import { GET as sessionGet } from "@/app/api/session/route";
import { findFreePort } from "@/scripts/lib/embedded-postgres";
import { withServer } from "../support/sessions";

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

const headersWith = (extra: Record<string, string> = {}) => ({ host: "school.test:3000", "x-forwarded-for": "198.51.100.7", "x-forwarded-proto": "http", ...extra });

const FRENCH = "La base de données ne répond pas pour l'instant";
const ENGLISH = "The database is not answering right now";

describe("with PostgreSQL unreachable", () => {
  it("a session looked up in the database fails as 'database unavailable', not as an internal error", async () => {
    expect(env().DATABASE_URL).toBe(closedUrl);
    const failure = await resolveSession(new Headers(headersWith({ cookie: sessionCookieWithoutCache() }))).catch((error: unknown) => error);
    expect(unexpectedError(failure).code).toBe("DATABASE_UNAVAILABLE");
  });

  it("a sign-in, a sign-out or a new guest fails as 'database unavailable', which a form shows as such", async () => {
    const attempts = [
      callAuthEndpoint(new Headers(headersWith()), "/sign-in/email", { email: "prof@example.org", password: "mot-de-passe-1" }),
      // The app's sign-ins read their limits (lib/auth/limits.ts) before better-auth.
      signInTeacher(new Headers(headersWith()), "prof@example.org", "mot-de-passe-1"),
      signInStudent(new Headers(headersWith()), { code: "ABCDEFGH", name: "Léa", password: "mot-de-passe-1" }),
      callAuthEndpoint(new Headers(headersWith({ cookie: sessionCookieWithoutCache() })), "/sign-out", {}, { withSession: true }),
      getOrCreateViewer(new Headers(headersWith())),
    ];
    for (const attempt of attempts) expect(toFailure(await attempt.then(() => "no failure", (error: unknown) => error), "test").code).toBe("DATABASE_UNAVAILABLE");
  });

  const NODE_ENDPOINTS: Array<{ name: string; path: string; method?: string; body?: unknown; handler: (request: NextApiRequest, response: NextApiResponse) => Promise<void> }> = [
    { name: "GET /api/attempts/current", path: "/api/attempts/current?article=ordre-contre-desordre", handler: currentHandler },
    { name: "GET /api/attempts/current (assignment)", path: "/api/attempts/current?article=ordre-contre-desordre&assignment=a1", handler: currentHandler },
    {
      name: "POST /api/answers",
      path: "/api/answers",
      method: "POST",
      body: { article: "ordre-contre-desordre", question: "main-claim", attemptId: "a1", value: { text: "x" }, baseRevision: 1, saveId: "save-12345678" },
      handler: answersHandler,
    },
    { name: "GET /api/review/progress", path: "/api/review/progress?class=c1&assignment=a1", handler: progressHandler },
    { name: "POST /api/review/feedback", path: "/api/review/feedback", method: "POST", body: { answerId: "x1", value: { comment: "Bien", score: 2 }, baseRevision: 0, saveId: "save-12345678" }, handler: feedbackHandler },
    { name: "GET /api/teach/assignments/:id/export", path: "/api/teach/assignments/a1/export?assignmentId=a1", handler: assignmentExportHandler },
  ];

  it.each(NODE_ENDPOINTS)("$name answers 503 with the message in the request's language", async ({ path, method, body, handler }) => {
    const serve = (request: NextApiRequest, response: NextApiResponse) => {
      const url = new URL(request.url ?? "/", "http://school.test");
      void handler(Object.assign(request, { query: Object.fromEntries(url.searchParams) }), response);
    };
    await withServer(serve as never, async (origin) => {
      for (const [language, message] of [["fr", FRENCH], ["en", ENGLISH]] as const) {
        const response = await fetch(`${origin}${path}`, {
          method: method ?? "GET",
          headers: { ...headersWith({ cookie: sessionCookieWithoutCache(), "accept-language": language }), ...(body ? { "content-type": "application/json" } : {}) },
          body: body ? JSON.stringify(body) : undefined,
        });
        expect(response.status).toBe(503);
        expect(await response.json()).toMatchObject({ ok: false, code: "DATABASE_UNAVAILABLE", message: expect.stringContaining(message) });
      }
    });
  });

  const WEB_ENDPOINTS = [
    { name: "GET /api/session", request: () => new Request("http://school.test:3000/api/session", { headers: headersWith({ cookie: sessionCookieWithoutCache(), "accept-language": "en" }) }), handle: sessionGet },
    { name: "GET /api/auth/get-session", request: () => new Request("http://school.test:3000/api/auth/get-session", { headers: headersWith({ cookie: sessionCookieWithoutCache(), "accept-language": "en" }) }), handle: authGet },
    {
      name: "POST /api/auth/sign-in/anonymous",
      request: () => new Request("http://school.test:3000/api/auth/sign-in/anonymous", { method: "POST", headers: headersWith({ "content-type": "application/json", "accept-language": "en" }), body: "{}" }),
      handle: authPost,
    },
    {
      name: "POST /api/auth/sign-out",
      request: () => new Request("http://school.test:3000/api/auth/sign-out", { method: "POST", headers: headersWith({ cookie: sessionCookieWithoutCache(), "content-type": "application/json", "accept-language": "en" }), body: "{}" }),
      handle: authPost,
    },
  ];

  it.each(WEB_ENDPOINTS)("$name answers 503 with the message in the request's language", async ({ request, handle }) => {
    const response = await handle(request());
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ code: "DATABASE_UNAVAILABLE", message: expect.stringContaining(ENGLISH) });
  });
});

import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { FEEDBACK_MAX_BODY_BYTES, FEEDBACK_MAX_LENGTH } from "@/lib/review/schemas";
import { edgeString, otherMethod, percentEncode, strangerCookie } from "../arbitraries";
import type { FuzzContext } from "../context";
import { jsonBodyAttacks, jsonRequest, type Endpoint } from "../endpoint";
import { jsonOf, type FuzzRequest } from "../http";

/**
 * The teacher's review endpoints: the feedback autosave (app/api/review/feedback/route.ts), the live
 * progress the grid polls (app/api/review/progress/route.ts) and the CSV export
 * (app/api/teach/…/export/route.ts). Each is tried with the teacher's own
 * ids, another teacher's, a learner's session and no session.
 */

const query = (params: Array<[string, string]>) => params.map(([name, value]) => `${percentEncode(name)}=${percentEncode(value)}`).join("&");

const validFeedback = (ctx: FuzzContext) => ({
  answerId: ctx.teacher.answerIds[0],
  value: { comment: "Citez le texte.", score: 2 },
  baseRevision: 1,
  saveId: randomUUID(),
  locale: "fr",
});

function feedbackAttacks(ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  const save = (body: Record<string, unknown>, label: string, cookie = ctx.teacher.cookie) => jsonRequest("/api/review/feedback", body, { cookie, label });
  return fc.oneof(
    fc.constantFrom(...ctx.otherTeacher.answerIds).map((answerId) => save({ ...validFeedback(ctx), answerId }, "another teacher's student's answer")),
    edgeString.map((answerId) => save({ ...validFeedback(ctx), answerId }, "an answer id that is no one's")),
    edgeString.map((comment) => save({ ...validFeedback(ctx), baseRevision: 0, value: { comment, score: null } }, "a stale revision, unicode edge cases")),
    fc
      .oneof(fc.integer(), fc.double(), fc.string())
      .map((score) => save({ ...validFeedback(ctx), value: { comment: "", score } }, "a score outside the rubric")),
    fc
      .integer({ min: FEEDBACK_MAX_LENGTH + 1, max: 8_000 })
      .map((length) => save({ ...validFeedback(ctx), value: { comment: "x".repeat(length), score: null } }, "a comment over the limit")),
    fc.constant(save(validFeedback(ctx), "a learner's session", ctx.me.cookie)),
    fc.webUrl().map((origin) => ({
      ...save(validFeedback(ctx), "another site's request"),
      headers: { "content-type": "application/json", cookie: ctx.teacher.cookie, origin },
    })),
  );
}

export const feedbackEndpoint: Endpoint = {
  name: "POST /api/review/feedback",
  owner: "app",
  runs: 500,
  writes: ["Feedback"],
  valid: (ctx) =>
    jsonRequest("/api/review/feedback", { ...validFeedback(ctx), baseRevision: 0 }, { cookie: ctx.teacher.cookie, label: "the teacher's first draft" }),
  invalid: (ctx) =>
    fc.oneof(
      {
        weight: 1,
        arbitrary: jsonBodyAttacks("/api/review/feedback", validFeedback(ctx), {
          cookie: ctx.teacher.cookie,
          method: "POST",
          maxBytes: FEEDBACK_MAX_BODY_BYTES,
        }),
      },
      { weight: 1, arbitrary: feedbackAttacks(ctx) },
    ),
  // A replayed save id is answered 200 "duplicate": accepted, and must have changed nothing either.
  refused: (response) => (response.status >= 400 && response.status < 500) || jsonOf(response)?.duplicate === true,
  refusalProblems: (response) => (response.status < 400 ? [] : undefined),
  bodyLocale: (request) => {
    const locale = request.body === undefined ? undefined : (jsonOf({ status: 0, headers: {}, text: request.body.toString() })?.locale as unknown);
    return locale === "fr" || locale === "en" ? locale : undefined;
  },
};

/** GET requests with a query string of anything around the teacher's own, for the two read-only endpoints. */
function queryAttacks(
  ctx: FuzzContext,
  path: string,
  valid: Array<[string, string]>,
  names: string[],
  foreign?: Array<[string, string]>,
): fc.Arbitrary<FuzzRequest> {
  const get = (search: string, label: string, cookie = ctx.teacher.cookie): FuzzRequest => ({
    method: "GET",
    path: `${path}?${search}`,
    headers: { cookie },
    label,
  });
  return fc.oneof(
    fc
      .array(fc.tuple(fc.constantFrom(...names, "__proto__", ""), edgeString), { maxLength: 4 })
      .map((params) => get(query(params), "parameters missing, repeated or unknown")),
    fc
      .tuple(fc.constantFrom(...names), edgeString)
      .map(([name, value]) => get(query([...valid.filter(([other]) => other !== name), [name, value]]), `${name} that is not one`)),
    fc.constant(foreign ? get(query(foreign), "another teacher's class") : get(query(valid), "a learner's session", ctx.me.cookie)),
    fc.string({ maxLength: 200 }).map((raw) => get(raw.replace(/[#\s]/g, ""), "a query string of anything")),
    fc.constant(get(query(valid), "a learner's session", ctx.me.cookie)),
    strangerCookie.map((cookie) => get(query(valid), "a stranger's cookie", cookie)),
    otherMethod(["GET"]).map((method) => ({ ...get(query(valid), `method ${method}`), method, body: "{}" })),
  );
}

export const progressEndpoint: Endpoint = {
  name: "GET /api/review/progress",
  owner: "app",
  runs: 300,
  writes: ["Feedback", "Attempt", "Answer"],
  readOnly: true,
  valid: (ctx) => ({
    method: "GET",
    path: `/api/review/progress?${query([
      ["class", ctx.teacher.classId],
      ["assignment", ctx.teacher.assignmentId],
    ])}`,
    headers: { cookie: ctx.teacher.cookie },
    label: "my class's progress",
  }),
  invalid: (ctx) =>
    queryAttacks(
      ctx,
      "/api/review/progress",
      [
        ["class", ctx.teacher.classId],
        ["assignment", ctx.teacher.assignmentId],
      ],
      ["class", "assignment"],
      [
        ["class", ctx.otherTeacher.classId],
        ["assignment", ctx.otherTeacher.assignmentId],
      ],
    ),
};

/** The CSV exports, of one assignment and of a whole class: one handler, two addresses. */
type ExportScope = { segment: "assignments" | "classes"; own: (ctx: FuzzContext) => string; others: (ctx: FuzzContext) => string };
const SCOPES: Record<"assignment" | "class", ExportScope> = {
  assignment: { segment: "assignments", own: (ctx) => ctx.teacher.assignmentId, others: (ctx) => ctx.otherTeacher.assignmentId },
  class: { segment: "classes", own: (ctx) => ctx.teacher.classId, others: (ctx) => ctx.otherTeacher.classId },
};

function exportEndpoint(scope: ExportScope, runs: number): Endpoint {
  const exportPath = (id: string) => `/api/teach/${scope.segment}/${percentEncode(id)}/export`;
  return {
    name: `GET /api/teach/${scope.segment}/[id]/export`,
    owner: "app",
    runs,
    writes: ["Feedback", "Attempt", "Answer"],
    readOnly: true,
    valid: (ctx) => ({ method: "GET", path: `${exportPath(scope.own(ctx))}?sep=semicolon`, headers: { cookie: ctx.teacher.cookie }, label: "my CSV" }),
    invalid: (ctx) =>
      fc.oneof(
        queryAttacks(
          ctx,
          exportPath(scope.own(ctx)),
          [
            ["sep", "semicolon"],
            ["pseudonymised", "1"],
            ["locale", "fr"],
          ],
          ["sep", "pseudonymised", "locale"],
        ),
        fc.constant({ method: "GET", path: exportPath(scope.others(ctx)), headers: { cookie: ctx.teacher.cookie }, label: "another teacher's" }),
        edgeString.map((id) => ({ method: "GET", path: exportPath(id), headers: { cookie: ctx.teacher.cookie }, label: "an id that is no one's" })),
      ),
    // The CSV's language may be asked for in the address.
    bodyLocale: (request) => {
      const locale = new URL(request.path, "http://localhost").searchParams.get("locale");
      return locale === "fr" || locale === "en" ? locale : undefined;
    },
  };
}

export const assignmentExportEndpoint = exportEndpoint(SCOPES.assignment, 200);
export const classExportEndpoint = exportEndpoint(SCOPES.class, 100);

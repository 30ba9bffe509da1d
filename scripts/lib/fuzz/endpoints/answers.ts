import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { ANSWER_LIMITS } from "@/lib/config";
import { anyValue, edgeString } from "../arbitraries";
import type { FuzzContext } from "../context";
import { jsonBodyAttacks, jsonRequest, type Endpoint } from "../endpoint";
import { jsonOf, type FuzzRequest } from "../http";

/** POST /api/answers (app/api/answers/route.ts): the autosave endpoint. */

const LEARNER_TABLES = ["User", "Session", "Attempt", "Answer"] as const;

const validSave = (ctx: FuzzContext) => ({
  article: ctx.article,
  question: ctx.question,
  attemptId: ctx.me.attemptId,
  value: { text: "Une réponse" },
  baseRevision: ctx.me.revision,
  saveId: randomUUID(),
  locale: "fr",
});

/** Saves aimed at what is not mine, or that replay what was already applied. */
function foreignAndReplayed(ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  const save = (body: Record<string, unknown>, label: string) => jsonRequest("/api/answers", body, { cookie: ctx.me.cookie, label });
  return fc.oneof(
    edgeString.map((text) => save({ ...validSave(ctx), attemptId: ctx.other.attemptId, value: { text } }, "another learner's attempt")),
    fc
      .constantFrom(...ctx.other.appliedSaveIds, ...ctx.me.appliedSaveIds)
      .chain((saveId) =>
        fc
          .tuple(edgeString, fc.nat({ max: 5 }))
          .map(([text, baseRevision]) => save({ ...validSave(ctx), saveId, baseRevision, value: { text } }, "a save id already applied, replayed")),
      ),
    edgeString.map((attemptId) => save({ ...validSave(ctx), attemptId }, "an attempt id that is no one's")),
    fc.tuple(edgeString, edgeString).map(([article, question]) => save({ ...validSave(ctx), article, question }, "an article or question that does not exist")),
    fc
      .tuple(fc.constantFrom(...ctx.questionKeys), anyValue)
      .map(([question, value]) => save({ ...validSave(ctx), question, value }, "a value of the wrong shape")),
    edgeString.map((text) => save({ ...validSave(ctx), value: { text } }, "text with unicode edge cases")),
    fc
      .integer({ min: ANSWER_LIMITS.maxTextLength + 1, max: 20_000 })
      .map((length) => save({ ...validSave(ctx), value: { text: "x".repeat(length) } }, "text over the length limit")),
    fc
      .constantFrom(-1, 1.5, 2 ** 53, Number.MAX_SAFE_INTEGER)
      .map((baseRevision) => save({ ...validSave(ctx), baseRevision }, "a revision that is not a count")),
    fc
      .webUrl()
      .map((origin) => ({ ...save(validSave(ctx), "another site's request"), headers: { "content-type": "application/json", cookie: ctx.me.cookie, origin } })),
  );
}

export const answersEndpoint: Endpoint = {
  name: "POST /api/answers",
  owner: "app",
  runs: 2_000,
  writes: LEARNER_TABLES,
  valid: (ctx) => jsonRequest("/api/answers", { ...validSave(ctx), baseRevision: 0, attemptId: undefined }, { label: "a first save by a new visitor" }),
  invalid: (ctx) =>
    fc.oneof(
      {
        weight: 1,
        arbitrary: jsonBodyAttacks("/api/answers", validSave(ctx), { cookie: ctx.me.cookie, method: "POST", maxBytes: ANSWER_LIMITS.maxBodyBytes }),
      },
      { weight: 1, arbitrary: foreignAndReplayed(ctx) },
    ),
  // A replayed save id is answered 200 "duplicate": accepted, and must have changed nothing either.
  refused: (response) => (response.status >= 400 && response.status < 500) || jsonOf(response)?.duplicate === true,
  refusalProblems: (response) => (response.status < 400 ? [] : undefined),
  bodyLocale: (request) => {
    // Read as the server reads it: bytes decoded as UTF-8 (invalid ones replaced), then JSON.
    const locale = request.body === undefined ? undefined : (jsonOf({ status: 0, headers: {}, text: request.body.toString() })?.locale as unknown);
    return locale === "fr" || locale === "en" ? locale : undefined;
  },
};

import { randomInt } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import * as answersRoute from "@/app/api/answers/route";
import { getContent } from "@/lib/content";
import { db } from "@/lib/db";
import { LATERAL_LIMITS } from "@/lib/question-types/lateral";
import { newSaveId } from "../support/factories";
import { callRoute } from "../support/routes";

/**
 * Lateral reading (issue 27): a trail goes through the same save path as every answer (POST
 * /api/answers, as the reader's autosave sends it), and one the learner can fix (an address that is
 * not a web address, too many sources) is refused with a message in their language while the
 * stored trail stays as it was.
 */

let slug: string;
let question: string;

beforeAll(async () => {
  const content = await getContent();
  slug = "axe-russie-resistance-chine";
  question = content.questionSets[slug]!.questions.find((candidate) => candidate.type === "lateral")!.key;
});

const headers = (extra: Record<string, string>) => ({
  host: "school.test:3000",
  "x-forwarded-for": `198.18.${randomInt(0, 255)}.${randomInt(1, 255)}`,
  "x-forwarded-proto": "http",
  "content-type": "application/json",
  ...extra,
});

type Reply = { status: number; body: { ok: boolean; code?: string; message?: string; max?: number; attemptId?: string; revision?: number }; cookie: string };

async function post(fields: Record<string, unknown>, extra: Record<string, string> = {}): Promise<Reply> {
  const response = await callRoute(answersRoute, "http://school.test:3000/api/answers", {
    method: "POST",
    headers: headers(extra),
    body: JSON.stringify({ article: slug, question, saveId: newSaveId(), ...fields }),
  });
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  return { status: response.status, body: (await response.json()) as Reply["body"], cookie };
}

const source = (url: string, at: string) => ({ url, says: "La chaîne internationale de l'IRIB.", trust: 3, why: "Un média reconnu.", at });
const trail = {
  trail: [source("https://www.rferl.org/a/press-tv/24458242.html", "2026-01-05T09:01:00.000Z")],
  verdict: "Press TV dépend de la radiotélévision d'État iranienne.",
  startedAt: "2026-01-05T09:00:00.000Z",
  verdictAt: "2026-01-05T09:03:00.000Z",
  offline: false,
};

describe("a lateral-reading trail through POST /api/answers", () => {
  it("is stored as sent, then a bad address is refused in the learner's language and the stored trail is kept", async () => {
    const first = await post({ value: trail, baseRevision: 0 });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ ok: true, revision: 1 });
    const attemptId = first.body.attemptId!;
    const stored = await db().answer.findFirstOrThrow({ where: { attemptId, question: { key: question } } });
    expect(stored.value).toEqual(trail);

    const withBadAddress = { ...trail, trail: [...trail.trail, source("javascript:alert(1)", "2026-01-05T09:02:00.000Z")] };
    const refused = await post({ value: withBadAddress, baseRevision: 1, attemptId }, { cookie: first.cookie, "accept-language": "fr-FR,fr;q=0.9" });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ ok: false, code: "INVALID_URL" });
    expect(refused.body.message).toBe("Une adresse de source n'est pas une adresse web\u00A0: elle doit commencer par http:// ou https://.");

    const english = await post({ value: withBadAddress, baseRevision: 1, attemptId, locale: "en" }, { cookie: first.cookie });
    expect(english.body.message).toBe("A source's address is not a web address: it must start with http:// or https://.");

    const tooMany = {
      ...trail,
      trail: Array.from({ length: LATERAL_LIMITS.entries + 1 }, (_, index) => source(`https://example.org/${index}`, "2026-01-05T09:01:00.000Z")),
    };
    const overLimit = await post({ value: tooMany, baseRevision: 1, attemptId, locale: "en" }, { cookie: first.cookie });
    expect(overLimit).toMatchObject({ status: 422, body: { code: "TOO_MANY_SOURCES", max: LATERAL_LIMITS.entries } });
    expect(overLimit.body.message).toBe(`Too many sources: this question takes at most ${LATERAL_LIMITS.entries}.`);

    const kept = await db().answer.findFirstOrThrow({ where: { attemptId, question: { key: question } } });
    expect(kept).toMatchObject({ value: trail, revision: 1 });

    // Fixed, it saves on top of the stored revision.
    const fixed = { ...withBadAddress, trail: [trail.trail[0]!, source("https://fr.wikipedia.org/wiki/Press_TV", "2026-01-05T09:02:00.000Z")] };
    const saved = await post({ value: fixed, baseRevision: 1, attemptId }, { cookie: first.cookie });
    expect(saved.body).toMatchObject({ ok: true, revision: 2 });
    expect((await db().answer.findFirstOrThrow({ where: { attemptId, question: { key: question } } })).value).toEqual(fixed);
  });

  it("takes the app's source cards when the network blocks the web, and no made-up card", async () => {
    const card = { card: "press-tv", says: "Chaîne de l'IRIB, sanctionnée.", trust: 3, why: "Fiche sourcée.", at: "2026-01-05T09:01:00.000Z" };
    const offline = { ...trail, offline: true, trail: [card] };
    const first = await post({ value: offline, baseRevision: 0 });
    expect(first.body).toMatchObject({ ok: true, revision: 1 });
    const unknown = await post(
      { value: { ...offline, trail: [{ ...card, card: "made-up" }] }, baseRevision: 1, attemptId: first.body.attemptId },
      { cookie: first.cookie },
    );
    expect(unknown).toMatchObject({ status: 422, body: { code: "INVALID_INPUT" } });
  });
});

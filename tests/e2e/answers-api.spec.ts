import { contentPromise, expect, test } from "./fixtures";

/**
 * POST /api/answers with bad input: always a 4xx with a code and a message in the learner's
 * language, never a 500. Table-driven: one test per case.
 */

type Case = {
  name: string;
  body: (valid: Record<string, unknown>) => string;
  headers?: Record<string, string>;
  status: number;
  code: string;
  message: { fr: RegExp; en: RegExp };
};

const cases: Case[] = [
  { name: "malformed JSON", body: () => '{"article": "x",', status: 400, code: "INVALID_JSON", message: { fr: /pas un JSON valide/, en: /not valid JSON/ } },
  {
    name: "missing fields",
    body: () => JSON.stringify({ article: "x" }),
    status: 422,
    code: "INVALID_INPUT",
    message: { fr: /n'est pas valide/, en: /not valid/ },
  },
  {
    name: "unknown article",
    body: (valid) => JSON.stringify({ ...valid, article: "no-such-article" }),
    status: 404,
    code: "UNKNOWN_ARTICLE",
    message: { fr: /n'existe pas/, en: /does not exist/ },
  },
  {
    name: "unknown question",
    body: (valid) => JSON.stringify({ ...valid, question: "no-such-question" }),
    status: 404,
    code: "UNKNOWN_QUESTION",
    message: { fr: /n'existe pas pour cet article/, en: /does not exist for this article/ },
  },
  {
    name: "text over the length limit",
    body: (valid) => JSON.stringify({ ...valid, value: { text: "x".repeat(9_000) } }),
    status: 422,
    code: "TOO_LONG",
    message: { fr: /dépasse la limite de \d[\d\s]* caractères/, en: /over the \d[\d,]*-character limit/ },
  },
  {
    name: "value of another type",
    body: (valid) => JSON.stringify({ ...valid, value: { choices: ["a"] } }),
    status: 422,
    code: "WRONG_TYPE",
    message: { fr: /type de la question/, en: /question's type/ },
  },
  {
    name: "an unknown attempt",
    body: (valid) => JSON.stringify({ ...valid, attemptId: "not-mine" }),
    status: 404,
    code: "ATTEMPT_NOT_FOUND",
    message: { fr: /introuvable/, en: /could not be found/ },
  },
  {
    name: "not JSON at all",
    body: () => "text=hello",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    status: 415,
    code: "UNSUPPORTED_MEDIA_TYPE",
    message: { fr: /en JSON/, en: /as JSON/ },
  },
  {
    name: "an oversized body",
    body: (valid) => JSON.stringify({ ...valid, value: { text: "x".repeat(70_000) } }),
    status: 413,
    code: "PAYLOAD_TOO_LARGE",
    message: { fr: /trop volumineuse/, en: /too large/ },
  },
  {
    name: "both an article and the exercise",
    body: (valid) => JSON.stringify({ ...valid, exercise: "comparison" }),
    status: 422,
    code: "INVALID_INPUT",
    message: { fr: /n'est pas valide/, en: /not valid/ },
  },
  {
    name: "a passage whose words are not in the article",
    body: (valid) =>
      JSON.stringify({ ...valid, question: "evidence-passages", value: { highlights: [{ block: "p5", start: 0, end: 12, quote: "pas verbatim" }] } }),
    status: 422,
    code: "INVALID_INPUT",
    message: { fr: /n'est pas valide/, en: /not valid/ },
  },
  {
    name: "a matrix cell for an unknown narrative",
    body: (valid) =>
      JSON.stringify({
        ...valid,
        article: undefined,
        exercise: "comparison",
        question: "narrative-matrix",
        value: { cells: { "ordre-contre-desordre": { "no-such-narrative": { uses: true } } } },
      }),
    status: 422,
    code: "INVALID_INPUT",
    message: { fr: /n'est pas valide/, en: /not valid/ },
  },
  // Found by npm run proof:fuzz, all answered 500: PostgreSQL refuses U+0000, jsonb a lone
  // surrogate, and the revision column an integer over 2³¹ − 1.
  {
    name: "an attempt id holding U+0000",
    body: (valid) => JSON.stringify({ ...valid, attemptId: "att\u0000" }),
    status: 422,
    code: "INVALID_INPUT",
    message: { fr: /n'est pas valide/, en: /not valid/ },
  },
  {
    name: "text holding a lone surrogate",
    body: (valid) => JSON.stringify({ ...valid, value: { text: "emoji cut \ud83d" } }),
    status: 422,
    code: "INVALID_INPUT",
    message: { fr: /n'est pas valide/, en: /not valid/ },
  },
  {
    name: "a revision beyond PostgreSQL's integer",
    body: (valid) => JSON.stringify({ ...valid, baseRevision: 2 ** 53 }),
    status: 422,
    code: "INVALID_INPUT",
    message: { fr: /n'est pas valide/, en: /not valid/ },
  },
  {
    name: "another site's request",
    body: (valid) => JSON.stringify(valid),
    headers: { origin: "https://evil.example" },
    status: 403,
    code: "FORBIDDEN_ORIGIN",
    message: { fr: /ne vient pas de ce site/, en: /does not come from this site/ },
  },
];

for (const locale of ["fr", "en"] as const) {
  for (const testCase of cases) {
    test(`[${locale}] ${testCase.name} → ${testCase.status} ${testCase.code}`, async ({ request }) => {
      const content = await contentPromise;
      const article = content.articles[0]!;
      const question = content.questionSets[article.slug]!.questions.find((candidate) => candidate.type === "open")!;
      const valid = { article: article.slug, question: question.key, value: { text: "ok" }, baseRevision: 0, saveId: "api-spec-save-id" };
      const response = await request.post("/api/answers", {
        // Raw bytes: a string would be sent JSON-encoded, and malformed JSON would arrive well formed.
        data: Buffer.from(testCase.body(valid)),
        headers: { "content-type": "application/json", "accept-language": locale === "fr" ? "fr-FR,fr" : "en-GB,en", ...testCase.headers },
      });
      expect(response.status()).toBe(testCase.status);
      const body = (await response.json()) as { ok: boolean; code: string; message: string };
      expect(body).toMatchObject({ ok: false, code: testCase.code });
      expect(body.message).toMatch(testCase.message[locale]);
      if (testCase.code === "TOO_LONG") {
        const max = question.type === "open" ? question.maxLength : 0;
        expect(body).toMatchObject({ max });
        expect(body.message).toContain(new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB").format(max));
      }
    });
  }
}

test("a valid save answers 200 with the attempt and revision, and a guest session", async ({ request }) => {
  const content = await contentPromise;
  const article = content.articles[0]!;
  const question = content.questionSets[article.slug]!.questions.find((candidate) => candidate.type === "open")!;
  const response = await request.post("/api/answers", {
    data: { article: article.slug, question: question.key, value: { text: "ok" }, baseRevision: 0, saveId: "api-spec-valid-1" },
  });
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ ok: true, revision: 1, duplicate: false, attemptId: expect.any(String) });
  expect(response.headers()["set-cookie"]).toMatch(/session_token=/);
});

/**
 * Found by npm run proof:fuzz: a save into an attempt with no session (a lost or forged cookie)
 * made a guest, then answered "attempt not found", so a refused request stored a user and a
 * session. It is now refused without one: no session cookie comes back.
 */
test("a save into an attempt without a session is refused and makes no guest", async ({ request, baseURL }) => {
  const content = await contentPromise;
  const article = content.articles[0]!;
  const question = content.questionSets[article.slug]!.questions.find((candidate) => candidate.type === "open")!;
  const first = await request.post("/api/answers", {
    data: { article: article.slug, question: question.key, value: { text: "ok" }, baseRevision: 0, saveId: `api-spec-${Date.now()}` },
  });
  const { attemptId } = (await first.json()) as { attemptId: string };
  const response = await fetch(`${baseURL}/api/answers`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: "better-auth.session_token=forged" },
    body: JSON.stringify({
      article: article.slug,
      question: question.key,
      attemptId,
      value: { text: "pas à moi" },
      baseRevision: 1,
      saveId: `api-spec-${Date.now()}-x`,
    }),
  });
  expect(response.status).toBe(404);
  expect(await response.json()).toMatchObject({ ok: false, code: "ATTEMPT_NOT_FOUND" });
  expect(response.headers.getSetCookie().filter((cookie) => cookie.includes("session_token="))).toEqual([]);
});

/**
 * A save for an assignment without a session, or from a page opened by another account: the
 * student must sign in again. Before, the first made a guest (who then could not work on the
 * assignment) and the page went on as that guest.
 */
test("a save for an assignment, or for another account, without its session is refused and makes no guest", async ({ baseURL, db }) => {
  const content = await contentPromise;
  const article = content.articles[0]!;
  const question = content.questionSets[article.slug]!.questions.find((candidate) => candidate.type === "open")!;
  const users = async () => Number((await db.query(`SELECT count(*) FROM "User"`)).rows[0].count);
  const before = await users();
  const post = (extra: Record<string, unknown>) =>
    fetch(`${baseURL}/api/answers`, {
      method: "POST",
      headers: { "content-type": "application/json", "accept-language": "fr" },
      body: JSON.stringify({
        article: article.slug,
        question: question.key,
        value: { text: "ok" },
        baseRevision: 0,
        saveId: `api-spec-${Date.now()}-${Math.random()}`,
        ...extra,
      }),
    });
  for (const response of [await post({ assignmentId: "some-assignment" }), await post({ expectUser: "the-student-who-opened-the-page" })]) {
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ ok: false, code: "SESSION_ENDED", message: expect.stringContaining("vous n'êtes plus connecté") });
    expect(response.headers.getSetCookie()).toEqual([]);
  }
  expect(await users()).toBe(before);
});

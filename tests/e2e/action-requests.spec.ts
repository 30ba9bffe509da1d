import { readFileSync } from "node:fs";
import path from "node:path";
import { contentPromise, expect, test } from "./fixtures";

/**
 * Server action requests Next.js could not decode were answered 500, as if the action had failed
 * (found by `npm run proof:fuzz`); one from another site too. The production server now refuses
 * them before Next.js reads them (server/request-gate.ts): a 4xx with a code and a localised
 * message, and the action never runs. Table-driven: one test per case.
 */

const manifest = JSON.parse(readFileSync(path.join(process.cwd(), ".next", "server", "server-reference-manifest.json"), "utf8")) as {
  node: Record<string, { exportedName?: string }>;
};
const submitActionId = Object.entries(manifest.node).find(([, action]) => action.exportedName === "submitAttemptAction")![0];

type Case = { name: string; body: string; headers?: Record<string, string>; status: number; code: string; message: { fr: RegExp; en: RegExp } };

const invalidRequest = { status: 400, code: "INVALID_REQUEST", message: { fr: /La requête n'est pas valide/, en: /The request is not valid/ } };
const cases: Case[] = [
  { name: "arguments that are not JSON", body: '[{"locale": "fr",', ...invalidRequest },
  { name: "arguments that are not a list", body: '"fr"', ...invalidRequest },
  { name: "an empty body", body: "", ...invalidRequest },
  { name: "a reference to a part the body does not have", body: '["$1"]', ...invalidRequest },
  { name: "text PostgreSQL cannot store", body: JSON.stringify([{ locale: "fr", attemptId: "a\u0000" }]), ...invalidRequest },
  { name: "an action that does not exist", body: "[]", headers: { "next-action": "00".repeat(21) }, ...invalidRequest },
  { name: "a JSON content type", body: "[]", headers: { "content-type": "application/json" }, ...invalidRequest },
  { name: "multipart without an argument list", body: '--b\r\nContent-Disposition: form-data; name="x"\r\n\r\n1\r\n--b--\r\n', headers: { "content-type": "multipart/form-data; boundary=b" }, ...invalidRequest },
  {
    name: "another site's request",
    body: JSON.stringify([{ locale: "fr", attemptId: "x" }]),
    headers: { origin: "https://evil.example" },
    status: 403,
    code: "FORBIDDEN_ORIGIN",
    message: { fr: /ne vient pas de ce site/, en: /does not come from this site/ },
  },
];

for (const locale of ["fr", "en"] as const) {
  for (const testCase of cases) {
    test(`[${locale}] submit action, ${testCase.name} → ${testCase.status} ${testCase.code}`, async ({ request }) => {
      const article = (await contentPromise).articles[0]!;
      const response = await request.post(`/${locale}/articles/${article.slug}`, {
        data: Buffer.from(testCase.body),
        headers: {
          "next-action": submitActionId,
          "content-type": "text/plain;charset=UTF-8",
          "accept-language": locale === "fr" ? "fr-FR,fr" : "en-GB,en",
          ...testCase.headers,
        },
      });
      expect(response.status()).toBe(testCase.status);
      const body = (await response.json()) as { ok: boolean; code: string; message: string };
      expect(body).toMatchObject({ ok: false, code: testCase.code });
      expect(body.message).toMatch(testCase.message[locale]);
    });
  }
}

test("a well-formed call still reaches the action, which refuses an attempt that is not mine", async ({ request }) => {
  const article = (await contentPromise).articles[0]!;
  const response = await request.post(`/fr/articles/${article.slug}`, {
    data: Buffer.from(JSON.stringify([{ locale: "fr", attemptId: "not-mine" }])),
    headers: { "next-action": submitActionId, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
  });
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain('{"ok":false,"code":"ATTEMPT_NOT_FOUND","message":"Cette tentative est introuvable."}');
});

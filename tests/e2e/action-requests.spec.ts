import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIResponse } from "@playwright/test";
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
const fromAnotherSite = {
  headers: { origin: "https://evil.example" },
  status: 403,
  code: "FORBIDDEN_ORIGIN",
  message: { fr: /ne vient pas de ce site/, en: /does not come from this site/ },
};
type Refusal = Pick<Case, "status" | "code" | "message">;

async function expectRefusal(response: APIResponse, expected: Refusal, locale: "fr" | "en") {
  expect(response.status()).toBe(expected.status);
  const body = (await response.json()) as { ok: boolean; code: string; message: string };
  expect(body).toMatchObject({ ok: false, code: expected.code });
  expect(body.message).toMatch(expected.message[locale]);
}
const cases: Case[] = [
  { name: "arguments that are not JSON", body: '[{"locale": "fr",', ...invalidRequest },
  { name: "arguments that are not a list", body: '"fr"', ...invalidRequest },
  { name: "an empty body", body: "", ...invalidRequest },
  { name: "a reference to a part the body does not have", body: '["$1"]', ...invalidRequest },
  { name: "text PostgreSQL cannot store", body: JSON.stringify([{ locale: "fr", attemptId: "a\u0000" }]), ...invalidRequest },
  { name: "an action that does not exist", body: "[]", headers: { "next-action": "00".repeat(21) }, ...invalidRequest },
  { name: "a JSON content type", body: "[]", headers: { "content-type": "application/json" }, ...invalidRequest },
  { name: "multipart without an argument list", body: '--b\r\nContent-Disposition: form-data; name="x"\r\n\r\n1\r\n--b--\r\n', headers: { "content-type": "multipart/form-data; boundary=b" }, ...invalidRequest },
  // React's decoder read the name of every part: a part without one was a 500 (fuzz seed 156938).
  { name: "a multipart part without a name", body: '--b\r\nContent-Disposition: form-data; name=""\r\n\r\n"x"\r\n--b\r\nContent-Disposition: form-data; name="0"\r\n\r\n[]\r\n--b--\r\n', headers: { "content-type": "multipart/form-data; boundary=b" }, ...invalidRequest },
  { name: "another site's request", body: JSON.stringify([{ locale: "fr", attemptId: "x" }]), ...fromAnotherSite },
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
      await expectRefusal(response, testCase, locale);
    });
  }
}

/**
 * A form posted without JavaScript names its action in fields React renders into the form; Next.js
 * answered a bare 400, or 500, to names and descriptors it could not read, and 404 to another
 * site's form.
 */
const studentSignInAction = Object.entries(manifest.node).find(([, action]) => action.exportedName === "signInStudentAction")![0];
const BROWSER_BOUNDARY = "----WebKitFormBoundary7MA4YWxkTrZu0gW";
const multipart = (fields: Array<[string, string]>, boundary = BROWSER_BOUNDARY) =>
  fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") + `--${boundary}--\r\n`;
const signInFields = (descriptor: string): Array<[string, string]> => [
  ["$ACTION_REF_1", ""],
  ["$ACTION_1:0", descriptor],
  ["$ACTION_1:1", "[null]"],
  ["$ACTION_KEY", "k1"],
  ["code", "ABCDEFGH"],
  ["name", "Zoé"],
  ["password", "not-the-password"],
  ["locale", "fr"],
];
const formCases: Array<Omit<Case, "body"> & { fields: Array<[string, string]>; boundary?: string }> = [
  // The platform's form parser, which Next.js reads these with, fails on a boundary found inside a value ("b" in "bound").
  { name: "a body Next's form parser cannot read", fields: signInFields(`{"id":"${studentSignInAction}","bound":"$@1"}`), boundary: "b", ...invalidRequest },
  { name: "no action named", fields: [["code", "ABCDEFGH"]], ...invalidRequest },
  { name: "an action that does not exist", fields: [[`$ACTION_ID_${"00".repeat(21)}`, ""]], ...invalidRequest },
  { name: "a descriptor cut short", fields: signInFields(`{"id":"${studentSignInAction}","bo`), ...invalidRequest },
  { name: "bound arguments in a part it does not have", fields: signInFields(`{"id":"${studentSignInAction}","bound":"$@2"}`), ...invalidRequest },
  { name: "another site's form", fields: signInFields(`{"id":"${studentSignInAction}","bound":"$@1"}`), ...fromAnotherSite },
];

for (const locale of ["fr", "en"] as const) {
  for (const testCase of formCases) {
    test(`[${locale}] form posted without JavaScript, ${testCase.name} → ${testCase.status} ${testCase.code}`, async ({ request }) => {
      const response = await request.post(`/${locale}/sign-in`, {
        data: Buffer.from(multipart(testCase.fields, testCase.boundary)),
        headers: { "content-type": `multipart/form-data; boundary=${testCase.boundary ?? BROWSER_BOUNDARY}`, "accept-language": locale === "fr" ? "fr-FR,fr" : "en-GB,en", ...testCase.headers },
      });
      await expectRefusal(response, testCase, locale);
    });
  }
}

test("a form posted without JavaScript with the fields React rendered still reaches the action, which shows its error on the page", async ({ request, baseURL }) => {
  const page = await (await request.get("/fr/sign-in")).text();
  // The hidden inputs React rendered into the sign-in form (its action's descriptor and key).
  const hidden = [...page.matchAll(/<input type="hidden" name="(\$ACTION_[^"]+)"(?: value="([^"]*)")?\/>/g)].map(([, name, value]): [string, string] => [name!, (value ?? "").replaceAll("&quot;", '"')]);
  expect(hidden.map(([name]) => name)).toContain("$ACTION_KEY");
  const response = await request.post("/fr/sign-in", {
    data: Buffer.from(multipart([...hidden, ["code", "ABCDEFGH"], ["name", "Zoé"], ["password", "not-the-password"], ["locale", "fr"]])),
    headers: { "content-type": `multipart/form-data; boundary=${BROWSER_BOUNDARY}`, origin: baseURL! },
  });
  expect(response.status()).toBe(200);
  expect(await response.text()).toMatch(/<html[^>]* lang="fr"[\s\S]*role="alert"/);
});

test("a well-formed call still reaches the action, which refuses an attempt that is not mine", async ({ request }) => {
  const article = (await contentPromise).articles[0]!;
  const response = await request.post(`/fr/articles/${article.slug}`, {
    data: Buffer.from(JSON.stringify([{ locale: "fr", attemptId: "not-mine" }])),
    headers: { "next-action": submitActionId, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
  });
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain('{"ok":false,"code":"ATTEMPT_NOT_FOUND","message":"Cette tentative est introuvable."}');
});

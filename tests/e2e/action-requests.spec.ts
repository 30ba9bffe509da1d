import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIResponse } from "@playwright/test";
import { contentPromise, expect, test } from "./fixtures";

/**
 * Forged server-action requests, table-driven. Next.js reads an action's body itself; what it
 * cannot decode, it answers with a 500 of its own before any code of the app runs. So:
 * - ours: a request from another site, or declared over the body limit, is refused by proxy.ts
 *   first (lib/http/proxy-refusals.ts), with the app's code and a localised message;
 * - Next.js's 4xx: an action id it does not know, a form naming none;
 * - Next.js's 5xx, pinned: each case below is listed in docs/security.md with its upstream issue.
 *   The test expects the 500, so it fails once an upgrade fixes it: then move the case to the 4xx
 *   table and drop it from docs/security.md and from the fuzz proof's list (scripts/lib/fuzz/upstream.ts).
 */

const manifest = JSON.parse(readFileSync(path.join(process.cwd(), ".next", "server", "server-reference-manifest.json"), "utf8")) as {
  node: Record<string, { exportedName?: string }>;
};
const actionId = (name: string) => Object.entries(manifest.node).find(([, action]) => action.exportedName === name)![0];
const submitActionId = actionId("submitAttemptAction");
const studentSignInAction = actionId("signInStudentAction");

type Expected = { status: number; code?: string; message?: { fr: RegExp; en: RegExp } } | { upstream: string } | { nextRefuses: true };
type Case = { name: string; body: string; headers?: Record<string, string> } & { expected: Expected };

const fromAnotherSite: Expected = { status: 403, code: "FORBIDDEN_ORIGIN", message: { fr: /ne vient pas de ce site/, en: /does not come from this site/ } };
const tooLarge: Expected = { status: 413, code: "PAYLOAD_TOO_LARGE", message: { fr: /trop volumineuse/, en: /too large/ } };
const undecodable: Expected = { upstream: "vercel/next.js#86945" };

const outcome = (expected: Expected) =>
  "upstream" in expected ? `500 (${expected.upstream})` : "status" in expected ? `${expected.status} ${expected.code}` : "4xx";

async function expectAnswer(response: APIResponse, expected: Expected, locale: "fr" | "en") {
  if ("upstream" in expected) {
    expect(response.status(), `Next.js now answers this with ${response.status()}: fixed upstream (${expected.upstream}), see the comment above`).toBe(500);
    return;
  }
  if ("nextRefuses" in expected) {
    expect(response.status()).toBeGreaterThanOrEqual(400);
    expect(response.status()).toBeLessThan(500);
    return;
  }
  expect(response.status()).toBe(expected.status);
  const body = (await response.json()) as { ok: boolean; code: string; message: string };
  expect(body).toMatchObject({ ok: false, code: expected.code });
  expect(body.message).toMatch(expected.message![locale]);
}

const textBody = JSON.stringify([{ locale: "fr", attemptId: "x" }]);
const cases: Case[] = [
  { name: "another site's request", body: textBody, headers: { origin: "https://evil.example" }, expected: fromAnotherSite },
  { name: "an Origin that is not an address", body: textBody, headers: { origin: "::::" }, expected: fromAnotherSite },
  { name: "a body declared over the limit", body: JSON.stringify([{ locale: "fr", attemptId: "x", pad: "x".repeat(1024 * 1024) }]), expected: tooLarge },
  { name: "an action that does not exist", body: "[]", headers: { "next-action": "00".repeat(21) }, expected: { nextRefuses: true } },
  { name: "arguments that are not JSON", body: '[{"locale": "fr",', expected: undecodable },
  { name: "arguments that are not a list", body: '"fr"', expected: undecodable },
  { name: "an empty body", body: "", expected: undecodable },
  { name: "a reference to a part the body does not have", body: '["$1"]', expected: undecodable },
  {
    name: "multipart without an argument list",
    body: '--b\r\nContent-Disposition: form-data; name="x"\r\n\r\n1\r\n--b--\r\n',
    headers: { "content-type": "multipart/form-data; boundary=b" },
    expected: undecodable,
  },
  {
    name: "a multipart part whose name holds a control character",
    body: '--b\r\nContent-Disposition: form-data; name="0\u0000"\r\n\r\n[]\r\n--b--\r\n',
    headers: { "content-type": "multipart/form-data; boundary=b" },
    expected: undecodable,
  },
  {
    name: "a multipart part without a name",
    body: '--b\r\nContent-Disposition: form-data; name=""\r\n\r\n"x"\r\n--b\r\nContent-Disposition: form-data; name="0"\r\n\r\n[]\r\n--b--\r\n',
    headers: { "content-type": "multipart/form-data; boundary=b" },
    expected: undecodable,
  },
];

for (const locale of ["fr", "en"] as const) {
  for (const testCase of cases) {
    test(`[${locale}] submit action, ${testCase.name} → ${outcome(testCase.expected)}`, async ({ request }) => {
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
      await expectAnswer(response, testCase.expected, locale);
    });
  }
}

/**
 * A form posted without JavaScript names its action in fields React renders into the form; Next.js
 * answers a bare 400 or 409 to a form naming no action it knows, and a 500 to a descriptor it
 * cannot read.
 */
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
const unreadableForm: Expected = { upstream: "vercel/next.js#90090" };
const formCases: Array<Omit<Case, "body"> & { fields: Array<[string, string]>; boundary?: string }> = [
  {
    name: "another site's form",
    fields: signInFields(`{"id":"${studentSignInAction}","bound":"$@1"}`),
    headers: { origin: "https://evil.example" },
    expected: fromAnotherSite,
  },
  { name: "no action named", fields: [["code", "ABCDEFGH"]], expected: { nextRefuses: true } },
  { name: "an action that does not exist", fields: [[`$ACTION_ID_${"00".repeat(21)}`, ""]], expected: { nextRefuses: true } },
  // The platform's form parser, which Next.js reads these with, fails on a boundary found inside a value ("b" in "bound").
  {
    name: "a body Next's form parser cannot read",
    fields: signInFields(`{"id":"${studentSignInAction}","bound":"$@1"}`),
    boundary: "b",
    expected: unreadableForm,
  },
  { name: "a descriptor cut short", fields: signInFields(`{"id":"${studentSignInAction}","bo`), expected: unreadableForm },
  { name: "bound arguments in a part it does not have", fields: signInFields(`{"id":"${studentSignInAction}","bound":"$@2"}`), expected: unreadableForm },
];

for (const locale of ["fr", "en"] as const) {
  for (const testCase of formCases) {
    test(`[${locale}] form posted without JavaScript, ${testCase.name} → ${outcome(testCase.expected)}`, async ({ request }) => {
      const response = await request.post(`/${locale}/sign-in`, {
        data: Buffer.from(multipart(testCase.fields, testCase.boundary)),
        headers: {
          "content-type": `multipart/form-data; boundary=${testCase.boundary ?? BROWSER_BOUNDARY}`,
          "accept-language": locale === "fr" ? "fr-FR,fr" : "en-GB,en",
          ...testCase.headers,
        },
      });
      await expectAnswer(response, testCase.expected, locale);
    });
  }
}

test("a form posted without JavaScript with the fields React rendered still reaches the action, which shows its error on the page", async ({
  request,
  baseURL,
}) => {
  const page = await (await request.get("/fr/sign-in")).text();
  // The hidden inputs React rendered into the sign-in form (its action's descriptor and key).
  const hidden = [...page.matchAll(/<input type="hidden" name="(\$ACTION_[^"]+)"(?: value="([^"]*)")?\/>/g)].map(([, name, value]): [string, string] => [
    name!,
    (value ?? "").replaceAll("&quot;", '"'),
  ]);
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

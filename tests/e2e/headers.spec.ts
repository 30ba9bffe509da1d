import { randomBytes } from "node:crypto";
import type { APIResponse, BrowserContext, Page } from "@playwright/test";
import { DISPLAY_SCRIPT } from "@/lib/display/settings";
import { DISPLAY_SCRIPT_HASH } from "@/lib/http/security-headers";
import { shareClassroom, type Classroom } from "./classroom-helpers";
import { contentPromise, expect, test } from "./fixtures";

/**
 * The security headers of every kind of response (docs/security.md, "Headers"), and the
 * Content-Security-Policy of every kind of page checked in Chromium itself: visiting each one
 * raises no `securitypolicyviolation` and no CSP error in the console, while its scripts run.
 * Then stored markup: answers holding HTML and `javascript:` links are shown as text.
 */

test.describe.configure({ mode: "serial", timeout: 240_000 });

const content = await contentPromise;
const article = content.articles[3]!;
const question = content.questionSets[article.slug]!.questions.find((candidate) => candidate.type === "open")!;
const reader = `/fr/articles/${article.slug}`;
let room: Classroom;

shareClassroom(article, question.key, (value) => (room = value));

function expectEverywhereHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  // Plain HTTP here: neither is sent (a school server without TLS must keep working).
  expect(headers["strict-transport-security"]).toBeUndefined();
  expect(headers["content-security-policy"]).not.toContain("upgrade-insecure-requests");
  return headers["content-security-policy"]!;
}

const directive = (policy: string, name: string) =>
  policy
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `)) ?? "";

test("a static reader page: scripts allowed by their hashes, the page the same for everyone", async ({ request }) => {
  const first = await request.get(reader);
  const policy = expectEverywhereHeaders(first);
  const scripts = directive(policy, "script-src");
  expect(scripts).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
  for (const required of ["object-src 'none'", "base-uri 'self'", "form-action 'self'"]) expect(policy).toContain(required);
  const second = await request.get(reader);
  expect(second.headers()["content-security-policy"]).toBe(policy);
  expect(second.headers()["etag"]).toBe(first.headers()["etag"]);
});

test("a page rendered per request: a fresh nonce on its policy and on its scripts, the display script by its hash", async ({ request }) => {
  const nonces: string[] = [];
  for (let index = 0; index < 2; index++) {
    const response = await request.get("/fr/sign-in");
    const policy = expectEverywhereHeaders(response);
    const nonce = /'nonce-([^']+)'/.exec(directive(policy, "script-src"))?.[1];
    expect(directive(policy, "script-src")).toContain("'strict-dynamic'");
    expect(nonce).toBeTruthy();
    const html = await response.text();
    const scripts = [...html.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(1);
    // The head's display script is the same on every page (lib/display/settings.ts): allowed by its hash.
    expect(scripts.filter(([, , body]) => body === DISPLAY_SCRIPT)).toHaveLength(1);
    expect(directive(policy, "script-src").split(" ")).toContain(`'${DISPLAY_SCRIPT_HASH}'`);
    for (const [, tag, body] of scripts) if (body !== DISPLAY_SCRIPT) expect(tag).toContain(`nonce="${nonce}"`);
    nonces.push(nonce!);
  }
  expect(nonces[0]).not.toBe(nonces[1]);
});

test("an API response and a built asset carry the same headers, and a policy that lets nothing run", async ({ request, page }) => {
  const api = await request.get(`/api/attempts/current?article=${article.slug}`);
  expect(api.status()).toBe(200);
  expect(expectEverywhereHeaders(api)).toBe("default-src 'none'; frame-ancestors 'none'");
  await page.goto(reader);
  const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute("src");
  const asset = await request.get(script!);
  expect(asset.status()).toBe(200);
  expect(expectEverywhereHeaders(asset)).toBe("default-src 'none'; frame-ancestors 'none'");
});

test("session cookies are HttpOnly and SameSite=Lax, and not Secure over plain HTTP", async ({ playwright, baseURL }) => {
  const context = await playwright.request.newContext({ baseURL });
  const response = await context.post("/api/auth/sign-in/anonymous", { data: {} });
  expect(response.status()).toBe(200);
  const cookies = response
    .headersArray()
    .filter((header) => header.name.toLowerCase() === "set-cookie")
    .map((header) => header.value);
  const session = cookies.filter((cookie) => /^(__Secure-)?better-auth\.session_(token|data)=/.test(cookie));
  expect(session.length).toBeGreaterThan(0);
  for (const cookie of session) {
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    expect(cookie).not.toMatch(/;\s*Secure/i);
  }
  await context.dispose();
});

test("over HTTPS (as the reverse proxy says): HSTS, upgrade-insecure-requests and Secure session cookies", async ({ playwright, baseURL }) => {
  // As the reverse proxy that ends TLS says (docs/deploy.md): the browser came over HTTPS.
  const context = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-proto": "https" } });
  for (const path of [reader, "/fr/sign-in", `/api/attempts/current?article=${article.slug}`]) {
    const response = await context.get(path);
    expect(response.headers()["strict-transport-security"], path).toBe("max-age=63072000");
    if (!path.startsWith("/api/")) expect(response.headers()["content-security-policy"], path).toContain("upgrade-insecure-requests");
  }
  await context.dispose();
  // A client without cookies (the pages above set the language one, and better-auth wants an
  // Origin from any request that carries cookies).
  const fresh = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-proto": "https" } });
  const signIn = await fresh.post("/api/auth/sign-in/anonymous", { data: {} });
  expect(signIn.status()).toBe(200);
  const cookies = signIn
    .headersArray()
    .filter((header) => header.name.toLowerCase() === "set-cookie")
    .map((header) => header.value);
  const session = cookies.find((cookie) => cookie.startsWith("__Secure-better-auth.session_token="));
  expect(session).toMatch(/;\s*Secure/i);
  expect(session).toMatch(/;\s*HttpOnly/i);
  expect(session).toMatch(/;\s*SameSite=Lax/i);
  await fresh.dispose();
});

test("another site's request to better-auth is refused before better-auth reads it", async ({ request }) => {
  const response = await request.post("/api/auth/sign-out", {
    data: {},
    headers: { origin: "https://evil.example", "accept-language": "en" },
  });
  expect(response.status()).toBe(403);
  expect(await response.json()).toMatchObject({ ok: false, code: "FORBIDDEN_ORIGIN" });
});

/** Opens a page, records every CSP violation the browser reports, and returns them with the page. */
async function visit(context: BrowserContext, path: string): Promise<{ page: Page; violations: string[] }> {
  const page = await context.newPage();
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction("reportViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      void (window as unknown as { reportViolation: (text: string) => Promise<void> }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  return { page, violations };
}

const everyPage = (): Array<[keyof Classroom["personas"], string]> => [
  ["anonymous", "/fr"],
  ["anonymous", reader],
  ["anonymous", `${reader}/claims`],
  ["anonymous", `${reader}/background`],
  ["anonymous", "/en/compare"],
  ["anonymous", "/fr/compare/map"],
  ["anonymous", "/fr/compare/timeline"],
  ["anonymous", "/fr/compare/numbers"],
  ["anonymous", "/fr/compare/exercise"],
  ["anonymous", "/fr/method"],
  ["anonymous", "/fr/privacy"],
  ["anonymous", "/fr/sign-in"],
  ["anonymous", "/fr/sign-in/teacher"],
  ["anonymous", "/fr/sign-up"],
  ["anonymous", "/fr/forgot-password"],
  ["anonymous", "/fr/join"],
  ["anonymous", "/fr/no-such-page"],
  ["guest", "/fr/my-work"],
  ["studentA", "/fr/my-work"],
  ["studentA", `${reader}?assignment=${room.assignmentId}`],
  ["teacherA", "/fr/teach"],
  ["teacherA", "/en/teach/account"],
  ["teacherA", `/fr/teach/classes/${room.classId}`],
  ["teacherA", `/fr/teach/classes/${room.classId}/code`],
  ["teacherA", `/fr/teach/classes/${room.classId}/students`],
  ["teacherA", `/fr/teach/classes/${room.classId}/assignments/new`],
];

test("no page of any kind breaks its policy in Chromium, and their scripts run", async () => {
  for (const [persona, path] of everyPage()) {
    const { page, violations } = await visit(room.personas[persona], path);
    expect(violations, path).toEqual([]);
    await page.close();
  }
  // The policy does not just sit there while scripts fail silently: the reader hydrates.
  const { page, violations } = await visit(room.personas.anonymous, reader);
  await expect(page.locator("html[data-answers=ready]")).toBeAttached();
  expect(violations).toEqual([]);
  await page.close();
});

const MARKUP = `<img src=x onerror="window.__stored=1"><script>window.__stored=2</script><a href="javascript:window.__stored=3">lien ${randomBytes(3).toString("hex")}</a>`;

test("answers holding markup and javascript: links are shown as text in the reader, My work and the results", async ({ db }) => {
  // A guest's self-study: its results are shown as soon as it is handed in.
  const learner = room.personas.guest;
  const saved = await learner.request.post("/api/answers", {
    data: { article: article.slug, question: question.key, value: { text: MARKUP }, baseRevision: 0, saveId: `save-${randomBytes(6).toString("hex")}` },
  });
  expect(saved.status()).toBe(200);
  const { attemptId } = (await saved.json()) as { attemptId: string };

  const readerVisit = await visit(learner, reader);
  await expect(readerVisit.page.locator(`#q-${question.key} textarea`)).toHaveValue(MARKUP);
  await expectInert(readerVisit);

  await db.query(`UPDATE "Attempt" SET status = 'SUBMITTED', "submittedAt" = now() WHERE id = $1`, [attemptId]);
  await expectInert(await visit(learner, "/fr/my-work"));
  const results = await visit(learner, `/fr/my-work/${attemptId}`);
  await expect(results.page.getByText(MARKUP).first()).toBeVisible();
  await expectInert(results);
});

async function expectInert({ page, violations }: { page: Page; violations: string[] }) {
  expect(await page.locator('main img[src="x"], main a[href^="javascript:"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __stored?: number }).__stored)).toBeUndefined();
  expect(violations).toEqual([]);
  await page.close();
}

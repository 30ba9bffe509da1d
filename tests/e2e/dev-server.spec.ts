import { httpOrigin, networkAddresses } from "@/lib/net/addresses";
import { findFreePort } from "@/scripts/lib/embedded-postgres";
import { startApp, stopApp, type App } from "../support/app-process";
import { expect, openQuestionOf, storedAnswer, test, typeAndSave } from "./fixtures";

/**
 * `npm run dev` opened at http://127.0.0.1 instead of localhost. Next.js serves its development
 * scripts to localhost only unless told otherwise, so the page never hydrated: a learner typed,
 * nothing was sent, and the text was gone on reload. The dev server now allows the loopback and
 * the machine's own addresses.
 */

test.describe.configure({ mode: "serial" });
// The development server compiles each page on first request: slow on a 2-core machine.
test.setTimeout(300_000);

let app: App | undefined;

test.afterAll(async () => {
  if (app) await stopApp(app);
});

test("in npm run dev at http://127.0.0.1, a typed answer survives a reload", async ({ page, db }) => {
  app = await startApp({ mode: "dev", databaseUrl: process.env.E2E_DATABASE_URL!, port: await findFreePort(), timeoutMs: 180_000 });
  const { article, question } = await openQuestionOf(3);
  await page.goto(`${app.url}/fr/articles/${article.slug}`, { timeout: 180_000 });
  await expect(page.locator("html[data-answers=ready]")).toBeAttached({ timeout: 180_000 });
  const text = "Écrit pendant le développement, depuis 127.0.0.1.";
  const { attemptId } = await typeAndSave(page, question.key, text);
  expect(await storedAnswer(db, attemptId, question.key)).toMatchObject({ value: { text } });

  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await expect(page.locator(`#q-${question.key} textarea`)).toHaveValue(text, { timeout: 60_000 });
  expect(app.output.join("")).not.toContain("Blocked cross-origin request");
  // The address students on the school's network open is printed at start, as by npm start.
  const lan = networkAddresses()[0];
  expect(app.output.join("")).toContain(lan ? `Students open ${httpOrigin(lan, new URL(app.url).port)}` : "No network address found");
});

/** A policy as directive → value, less the script and style sources, which differ by design (nonce in development, hashes for a prerendered page). */
const policyRest = (policy = "") =>
  Object.fromEntries(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name && name !== "script-src" && name !== "style-src")
      .map(([name, ...values]) => [name, values.join(" ")]),
  );
const SAME_HEADERS = ["x-content-type-options", "x-frame-options", "referrer-policy", "permissions-policy", "strict-transport-security"];

test("a page, an API answer and an icon carry the same headers in npm run dev as in production", async ({ request }) => {
  expect(app, "the development server of the test above").toBeDefined();
  const { article } = await openQuestionOf(3);
  for (const path of [`/fr/articles/${article.slug}`, "/fr/sign-in", "/api/session", "/icon.svg"]) {
    const [dev, production] = await Promise.all([request.get(`${app!.url}${path}`), request.get(path)]);
    const pick = (headers: Record<string, string>) => Object.fromEntries(SAME_HEADERS.map((name) => [name, headers[name]]));
    expect(pick(dev.headers()), path).toEqual(pick(production.headers()));
    expect(policyRest(dev.headers()["content-security-policy"]), path).toEqual(policyRest(production.headers()["content-security-policy"]));
    expect(dev.headers()["content-security-policy"], path).toBeTruthy();
  }
});

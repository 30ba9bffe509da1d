import { SCHOOL_HOST } from "../support/chromium";
import { answersReady, expect, openQuestionOf, storedAnswer, test, typeAndSave } from "./fixtures";

/**
 * The app as a school reaches it: a shared address over plain HTTP, not localhost.
 *
 * The bug this guards against: the session cookie was always `__Secure-…; Secure`, which Chromium
 * drops on a non-secure origin other than localhost. Every save then made a new guest, answered
 * 200 and "saved", cleared the local copy, and after a reload every answer was gone. On
 * localhost the same steps worked, which is why no test saw it.
 */

const originFor = (baseURL: string | undefined, host: string) => {
  const url = new URL(baseURL!);
  url.hostname = host;
  return url.origin;
};

for (const host of [SCHOOL_HOST, "localhost"]) {
  test(`an acknowledged answer is there after a reload on http://${host}`, async ({ page, db, baseURL }) => {
    const { article, question } = await openQuestionOf(1);
    await page.goto(`${originFor(baseURL, host)}/fr/articles/${article.slug}`);
    const text = `Écrit depuis http://${host}, sans HTTPS.`;
    const { attemptId } = await typeAndSave(page, question.key, text);
    await expect(page.locator(`#answer-${question.key}-status`)).toContainText("Enregistré");
    expect(await storedAnswer(db, attemptId, question.key)).toMatchObject({ value: { text } });

    // Without the local copy, the text can only come back through the session cookie.
    await page.evaluate(() => window.localStorage.clear());
    await page.reload();
    await expect(page.locator(`#q-${question.key} textarea`)).toHaveValue(text);
    await expect(page.locator(`#answer-${question.key}-status`)).toContainText("Enregistré");
  });
}

test("a browser that drops the session cookie is told nothing is saved, and keeps the text", async ({ page, baseURL }) => {
  const { article, question } = await openQuestionOf(1);
  // The answers endpoint's cookies never reach the browser, as when it refuses them.
  // Playwright fetches from Node, where school.test does not resolve: same server, same Host header.
  await page.route("**/api/answers", async (route) => {
    const url = new URL(route.request().url());
    const host = url.host;
    url.hostname = "127.0.0.1";
    const response = await route.fetch({ url: url.toString(), headers: { ...route.request().headers(), host } });
    const headers = Object.fromEntries(Object.entries(response.headers()).filter(([name]) => name.toLowerCase() !== "set-cookie"));
    await route.fulfill({ response, headers });
  });
  await page.goto(`${originFor(baseURL, SCHOOL_HOST)}/fr/articles/${article.slug}`);
  await answersReady(page);
  const text = "Ce texte ne doit pas disparaître.";
  await page.locator(`#q-${question.key} textarea`).fill(text);

  const status = page.locator(`#answer-${question.key}-status`);
  await expect(status).toContainText(/Non enregistré\s:\sce navigateur refuse le cookie de session\./);
  await expect(page.getByText(/ce navigateur refuse le cookie de session\. Autorisez les cookies/)).toBeVisible();
  await expect(page.getByText("Toutes vos réponses sont enregistrées.")).toHaveCount(0);

  await page.reload();
  await expect(page.locator(`#q-${question.key} textarea`)).toHaveValue(text);
  await expect(status).toContainText("ce navigateur refuse le cookie de session");
  // (Playwright's own fetch above keeps the cookie for 127.0.0.1; the page's origin has none.)
  const cookies = await page.context().cookies(page.url());
  expect(cookies.filter((cookie) => cookie.name.includes("session_token"))).toEqual([]);
});

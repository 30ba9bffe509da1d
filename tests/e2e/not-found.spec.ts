import { createClass, joinClass, signUpTeacher } from "./classroom-helpers";
import { contentPromise, expect, test } from "./fixtures";

const content = await contentPromise;

/**
 * Every "not found" is a whole page in the HTML: the visitor's language on <html lang>, the site's
 * header, a heading and a way back, with status 404, before any script runs (slow phone, scripts
 * off). Addresses no page has get it directly; a page that finds nothing for its visitor sends them
 * to one (lib/http/not-found.ts).
 */

const cases = [
  { path: "/fr/nope", lang: "fr", title: "Page introuvable" },
  { path: "/en/nope/deeper", lang: "en", title: "Page not found" },
  { path: "/fr/articles/no-such-article", lang: "fr", title: "Page introuvable" },
  { path: "/en/articles/no-such-article/claims", lang: "en", title: "Page not found" },
  { path: `/fr/articles/${content.articles[0]!.slug}/background/no-such-section`, lang: "fr", title: "Page introuvable" },
  // Percent-encoding that is not UTF-8: Next.js answered a bare 500 (proxy.ts now sends it here).
  { path: "/fr/articles/%ED%A0%80", lang: "fr", title: "Page introuvable" },
  { path: "/en/articles/%ED%A0%80/claims", lang: "en", title: "Page not found" },
];

// Issue: an unknown article sent Next.js's error shell (no lang, no text), and /fr/nope its English default.
for (const { path, lang, title } of cases) {
  test(`${path} answers 404 with a localised page in its HTML`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page).toHaveTitle(new RegExp(`^${title}`));
    await expect(page.getByRole("banner")).toBeVisible();
    await context.close();
  });
}

test("a teacher's page opened by a student answers 404 with the localised page in its HTML", async ({ page, browser }) => {
  await signUpTeacher(page);
  const { classId, code } = await createClass(page, "5e C");
  const student = await (await browser.newContext()).newPage();
  await joinClass(student, code, "Sacha");
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await student.context().storageState() });
  const view = await noScript.newPage();
  for (const [path, lang, title] of [
    [`/fr/teach/classes/${classId}`, "fr", "Page introuvable"],
    ["/en/teach", "en", "Page not found"],
  ] as const) {
    const response = await view.goto(path);
    expect(response?.status(), path).toBe(404);
    expect(new URL(view.url()).pathname).toBe(`/${lang}/not-found`);
    await expect(view.locator("html")).toHaveAttribute("lang", lang);
    await expect(view.getByRole("heading", { level: 1 })).toHaveText(title);
  }
  await noScript.close();
  await student.context().close();
});

/**
 * Issue 22: a review address whose question key held an encoded NUL (`%2500`, decoded once by the
 * page) reached PostgreSQL, which refuses U+0000 in text, and the teacher got a 500. A path
 * segment that cannot name anything is "not found", checked where the page reads its address.
 */
test("an address segment that cannot name anything (an encoded NUL) answers the 404 page, not 500", async ({ page }) => {
  await signUpTeacher(page);
  const { classId } = await createClass(page, "4e B");
  for (const path of [
    `/fr/teach/classes/${classId}/assignments/nope/questions/%2500x`,
    `/fr/teach/classes/${classId}/assignments/nope/questions/main%2500claim`,
    `/fr/teach/classes/${classId}/assignments/nope/students/a%2500b`,
    `/fr/teach/classes/a%2500b`,
    "/fr/my-work/a%2500b",
  ]) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(response.headers().location, path).toBe("/fr/not-found");
  }
});

test("an API address whose percent-encoding is not UTF-8 answers 404 in the app's words, not 500", async ({ request }) => {
  for (const [locale, message] of [
    ["fr", /Introuvable/],
    ["en", /Not found/],
  ] as const) {
    const response = await request.get("/api/teach/classes/%ED%A0%80/export", { headers: { "accept-language": locale } });
    expect(response.status()).toBe(404);
    const body = (await response.json()) as { code: string; message: string };
    expect(body.code).toBe("NOT_FOUND");
    expect(body.message).toMatch(message);
  }
});

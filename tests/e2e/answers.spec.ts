import type { Page } from "@playwright/test";
import { contentPromise, expect, storedAnswer, test } from "./fixtures";

/** An answer typed in the reader is autosaved to PostgreSQL and comes back after a reload. */

async function firstOpenQuestion() {
  const content = await contentPromise;
  const article = content.articles[0]!;
  const question = content.questionSets[article.slug]!.questions.find((candidate) => candidate.type === "open")!;
  return { article, question };
}

async function typeAnswer(page: Page, key: string, text: string) {
  const saved = page.waitForResponse((response) => response.url().endsWith("/api/answers") && response.status() === 200);
  await page.locator(`#q-${key} textarea`).fill(text);
  const body = (await (await saved).json()) as { attemptId: string; revision: number };
  await expect(page.locator(`#answer-${key}-status`)).toContainText("Enregistré");
  return body;
}

test("an answer is saved as the learner types and survives a reload", async ({ page, db }) => {
  const { article, question } = await firstOpenQuestion();
  await page.goto(`/fr/articles/${article.slug}`);
  const text = "Le texte affirme que l'intervention est une riposte légitime.";
  const { attemptId } = await typeAnswer(page, question.key, text);

  expect(await storedAnswer(db, attemptId, question.key)).toMatchObject({ value: { text }, revision: 1 });
  // Without the browser's local copy, the text can only come back from PostgreSQL.
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await expect(page.locator(`#q-${question.key} textarea`)).toHaveValue(text);
  await expect(page.locator(`#answer-${question.key}-status`)).toContainText("Enregistré");
});

test("a guest learner gets a long-lived session cookie on the first save", async ({ page, context }) => {
  const { article, question } = await firstOpenQuestion();
  await page.goto(`/en/articles/${article.slug}`);
  expect((await context.cookies()).some((cookie) => cookie.name.includes("session_token"))).toBe(false);
  const saved = page.waitForResponse((response) => response.url().endsWith("/api/answers") && response.status() === 200);
  await page.locator(`#q-${question.key} textarea`).fill("first words");
  await saved;
  await expect(page.locator(`#answer-${question.key}-status`)).toContainText("Saved");
  const session = (await context.cookies()).find((cookie) => cookie.name.includes("session_token"));
  expect(session?.httpOnly).toBe(true);
  expect(session!.expires * 1000 - Date.now()).toBeGreaterThan(300 * 24 * 60 * 60 * 1000);
});

test("the save status is announced and the whole panel says when everything is saved", async ({ page }) => {
  const { article, question } = await firstOpenQuestion();
  await page.goto(`/fr/articles/${article.slug}`);
  const status = page.locator(`#answer-${question.key}-status`);
  await expect(status).toHaveAttribute("role", "status");
  await page.locator(`#q-${question.key} textarea`).fill("Une réponse");
  await expect(status).toContainText(/Enregistrement…|Enregistré/);
  await expect(status).toContainText("Enregistré");
  await expect(page.getByText("Toutes vos réponses sont enregistrées.")).toBeVisible();
});

test("text typed before the page's JavaScript has loaded is kept and saved", async ({ page, db }) => {
  const { article, question } = await firstOpenQuestion();
  // A slow school laptop: hold the scripts back while the learner starts typing. Only the scripts:
  // the style sheet (also under chunks/) blocks rendering anyway, and the display settings' inline
  // head script waits for it, as any script after a style sheet does.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/chunks/**/*.js", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`/fr/articles/${article.slug}`, { waitUntil: "commit" });
  await page.locator(`#q-${question.key} textarea`).fill("Tapé avant le chargement des scripts.");
  const saved = page.waitForResponse((response) => response.url().endsWith("/api/answers") && response.status() === 200);
  release();
  const { attemptId } = (await (await saved).json()) as { attemptId: string };
  await expect(page.locator(`#q-${question.key} textarea`)).toHaveValue("Tapé avant le chargement des scripts.");
  expect(await storedAnswer(db, attemptId, question.key)).toMatchObject({ value: { text: "Tapé avant le chargement des scripts." } });
});

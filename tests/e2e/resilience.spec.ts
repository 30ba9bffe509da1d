import type { Page } from "@playwright/test";
import { answersReady, contentPromise, expect, storedAnswer, test } from "./fixtures";

/** Nothing typed is lost: network cuts, a reload while the server is unreachable, two tabs at once. */

const content = await contentPromise;
const article = content.articles[4]!;
const question = content.questionSets[article.slug]!.questions.find((candidate) => candidate.type === "open")!;
const field = (page: Page) => page.locator(`#q-${question.key} textarea`);
const status = (page: Page) => page.locator(`#answer-${question.key}-status`);

test("typed offline, saved once the network returns", async ({ page, context, db }) => {
  await page.goto(`/fr/articles/${article.slug}`);
  await field(page).fill("Première phrase, en ligne.");
  await expect(status(page)).toContainText("Enregistré");

  await context.setOffline(true);
  await field(page).fill("Première phrase, en ligne. Suite écrite hors ligne.");
  await expect(status(page)).toContainText("Hors ligne");
  await expect(page.getByText(/n'est pas enregistrée\s:\selle reste sur cet appareil/)).toBeVisible();

  const saved = page.waitForResponse((response) => response.url().endsWith("/api/answers") && response.status() === 200);
  await context.setOffline(false);
  const { attemptId } = (await (await saved).json()) as { attemptId: string };
  await expect(status(page)).toContainText("Enregistré");
  expect(await storedAnswer(db, attemptId, question.key)).toMatchObject({
    value: { text: "Première phrase, en ligne. Suite écrite hors ligne." },
    revision: 2,
  });
});

test("unsent text survives a reload while the server is unreachable", async ({ page, db }) => {
  const text = `Écrit pendant la coupure (${Date.now()}).`;
  await page.route("**/api/answers", (route) => route.abort("internetdisconnected"));
  await page.goto(`/fr/articles/${article.slug}`);
  await field(page).fill(text);
  await expect(status(page)).toContainText(/Non enregistré|Hors ligne/);
  await page.reload();
  await expect(field(page)).toHaveValue(text);

  // Chromium sends the keepalive save of a page being left from outside the page, where routing
  // cannot cut it: it may land during the reload, or the restored text is sent once the route is
  // lifted. Either way the text must end up stored, once.
  await page.unroute("**/api/answers");
  await expect(status(page)).toContainText("Enregistré", { timeout: 45_000 });
  const stored = await db.query(`SELECT a.revision FROM "Answer" a WHERE a.value->>'text' = $1`, [text]);
  expect(stored.rows).toEqual([{ revision: 1 }]);
});

test("a stale tab cannot overwrite a newer answer: it sees both versions and chooses", async ({ context, db }) => {
  const first = await context.newPage();
  await first.goto(`/fr/articles/${article.slug}`);
  await field(first).fill("Version 1");
  await expect(status(first)).toContainText("Enregistré");

  const second = await context.newPage();
  await second.goto(`/fr/articles/${article.slug}`);
  await expect(field(second)).toHaveValue("Version 1");
  await answersReady(second); // else the second tab, still loading, could adopt the first tab's unsent draft

  const newer = first.waitForResponse((response) => response.url().endsWith("/api/answers") && response.status() === 200);
  await field(first).fill("Version 2, écrite dans le premier onglet");
  const { attemptId } = (await (await newer).json()) as { attemptId: string };

  await field(second).fill("Version 2 bis, écrite dans le second onglet");
  const conflict = second.getByRole("alert").filter({ hasText: "Cette réponse a été modifiée ailleurs" });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText("Version 2, écrite dans le premier onglet");
  expect(await storedAnswer(db, attemptId, question.key)).toMatchObject({ value: { text: "Version 2, écrite dans le premier onglet" }, revision: 2 });

  await conflict.getByRole("button", { name: "Garder mon texte" }).click();
  await expect(status(second)).toContainText("Enregistré");
  expect(await storedAnswer(db, attemptId, question.key)).toMatchObject({ value: { text: "Version 2 bis, écrite dans le second onglet" }, revision: 3 });
});

test("text typed before the learner's own answers arrive is shown beside the stored one, not written over it", async ({ context, db }) => {
  const stored = `Version enregistrée (${Date.now()})`;
  const first = await context.newPage();
  await first.goto(`/fr/articles/${article.slug}`);
  await field(first).fill(stored);
  await expect(status(first)).toContainText("Enregistré");
  await first.close();

  // The static page arrives at once; the learner's answers are held back while they type.
  const page = await context.newPage();
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/api/attempts/current?**", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`/fr/articles/${article.slug}`);
  await expect(status(page)).toContainText("Chargement de vos réponses");
  await field(page).fill("Tapé avant le chargement");
  release();

  await expect(page.getByText("Cette réponse a été modifiée ailleurs")).toBeVisible();
  await expect(page.getByText(stored, { exact: true })).toBeVisible();
  await expect(field(page)).toHaveValue("Tapé avant le chargement");
  const { rows } = await db.query(`SELECT a.value FROM "Answer" a WHERE a.value->>'text' = $1`, [stored]);
  expect(rows).toHaveLength(1);
});

test("text typed while the learner's answers are still loading survives the page being closed", async ({ context, db }) => {
  const text = `Tapé pendant le chargement (${Date.now()}).`;
  const first = await context.newPage();
  await first.route("**/api/attempts/current?**", () => new Promise<void>(() => {})); // never answers
  await first.goto(`/fr/articles/${article.slug}`);
  await expect(status(first)).toContainText("Chargement de vos réponses");
  await field(first).fill(text);
  await first.close();

  const second = await context.newPage();
  await second.goto(`/fr/articles/${article.slug}`);
  await expect(field(second)).toHaveValue(text);
  await expect(status(second)).toContainText("Enregistré");
  const { rows } = await db.query(`SELECT a.revision FROM "Answer" a WHERE a.value->>'text' = $1`, [text]);
  expect(rows).toEqual([{ revision: 1 }]);
});

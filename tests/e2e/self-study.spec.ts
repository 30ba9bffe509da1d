import type { Page } from "@playwright/test";
import { contentPromise, expect, test } from "./fixtures";
import { selectQuote } from "./selection";

/**
 * Self-study without an account: answer, submit, read the commentary and the score against the
 * reference, start again, and find both attempts on "My work".
 */

const content = await contentPromise;
const article = content.articles.find((candidate) => candidate.slug === "crise-majeure-kazakhstan") ?? content.articles[2]!;
const questions = content.questionSets[article.slug]!.questions;
const open = questions.find((question) => question.type === "open")!;
const technique = questions.find((question) => question.type === "technique")!;
const single = questions.find((question) => question.type === "single")!;
const reference = content.annotations[article.slug]!.spans[0]!;

async function waitSaved(page: Page, key: string) {
  await expect(page.locator(`#answer-${key}-status`)).toContainText("Enregistré");
}

test("a guest finishes an article, submits, reads the commentary and score, starts again and finds both attempts", async ({ page, expectAccessible }) => {
  await page.goto(`/fr/articles/${article.slug}`);
  await page.locator(`#q-${open.key} textarea`).fill("Le texte présente les troubles comme une tentative de coup d'État.");
  await waitSaved(page, open.key);
  if (single.type === "single") {
    const correct = single.reference.answer[0]!;
    const label = single.options.find((option) => option.key === correct)!.fr;
    await page.locator(`#q-${single.key}`).getByRole("radio", { name: label }).check();
    await waitSaved(page, single.key);
  }

  // Tag exactly the reference span: its words, in its paragraph, with its technique.
  const tagCard = page.locator(`#q-${technique.key}`);
  await selectQuote(page, reference);
  await tagCard.getByLabel("Technique", { exact: true }).selectOption(reference.technique);
  await tagCard.getByRole("button", { name: "Ajouter la sélection" }).click();
  await waitSaved(page, technique.key);

  await page.getByRole("button", { name: "Rendre mon travail" }).click();
  await expect(page.getByRole("dialog")).toContainText("Rendre ce travail ?");
  await page.getByRole("button", { name: "Rendre", exact: true }).click();
  await expect(page).toHaveURL(/\/fr\/my-work\/[^/]+$/);
  const firstAttempt = page.url();

  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("Tentative 1, rendue le")).toBeVisible();
  await expect(page.getByText("Ce qu'il faut regarder").first()).toBeVisible();
  await expect(page.getByText("Conforme à la référence").first()).toBeVisible();
  const byTechnique = page.getByRole("table", { name: "Par technique", exact: true });
  const row = byTechnique.getByRole("row").filter({ hasText: content.techniques.techniques.find((t) => t.id === reference.technique)!.fr.name });
  await expect(row).toContainText("100 %");
  await expect(page.getByRole("table", { name: "Côte à côte, paragraphe par paragraphe" })).toContainText(reference.quote.slice(0, 30));
  await expectAccessible(page);

  await page.getByRole("link", { name: "Recommencer cet article" }).click();
  await expect(page.getByText(/Vous avez rendu la tentative 1 le/)).toBeVisible();
  await expect(page.locator(`#q-${open.key} textarea`)).toHaveValue("");
  await page.locator(`#q-${open.key} textarea`).fill("Deuxième lecture.");
  await waitSaved(page, open.key);

  await page.getByRole("link", { name: "Mon travail" }).click();
  const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: article.title.fr }) });
  await expect(item).toContainText("Tentative 2");
  await expect(item).toContainText("En cours");
  await expect(item.getByRole("link", { name: "Reprendre" })).toHaveAttribute("href", new RegExp(`/fr/articles/${article.slug}#q-`));
  await item.getByRole("link", { name: "Voir le corrigé" }).click();
  await expect(page).toHaveURL(firstAttempt);
  await expect(page.getByText("Tentative 1, rendue le")).toBeVisible();
  await expect(page.getByText("Le texte présente les troubles comme une tentative de coup d'État.")).toBeVisible();
});

/** Answers the open question only, submits, and lands on the commentary. */
async function submitOneAnswer(page: Page) {
  await page.goto(`/fr/articles/${article.slug}`);
  await page.locator(`#q-${open.key} textarea`).fill("Mon travail.");
  await waitSaved(page, open.key);
  await page.getByRole("button", { name: "Rendre mon travail" }).click();
  await page.getByRole("button", { name: "Rendre", exact: true }).click();
  await expect(page).toHaveURL(/\/fr\/my-work\/[^/]+$/);
}

test("questions left unanswered read 'no answer' in the summary, not a score of 0 %", async ({ page }) => {
  await submitOneAnswer(page);
  const summary = page.getByRole("region", { name: "En résumé" });
  await expect(summary.getByRole("definition").filter({ hasText: "Pas de réponse." })).toHaveCount(2);
  await expect(summary).not.toContainText("0 %");
  await expect(summary).not.toContainText("–");
});

test("another visitor cannot open someone's commentary", async ({ page, browser }) => {
  await submitOneAnswer(page);
  const stranger = await browser.newPage();
  const response = await stranger.goto(page.url());
  expect(response?.status()).toBe(404);
  await stranger.close();
});

import type { Page } from "@playwright/test";
import { locatedClaims } from "@/lib/claims/located";
import { findGlosses } from "@/lib/content/glosses";
import { selectInBlock } from "./selection";
import { answersReady, contentPromise, expect, test } from "./fixtures";

/**
 * Glossary terms in the article text (components/article/article-text.tsx): the first occurrence
 * per paragraph of each entry's forms is marked, and opens the entry's definition in the interface
 * language by click or keyboard (components/reader/gloss-opener.tsx); the paragraph's text stays
 * the stored text, so a passage selected across a mark is saved as before.
 */

const content = await contentPromise;
const article = content.articles.find((candidate) => candidate.slug === "crise-majeure-kazakhstan")!;
const block = article.blocks.find((candidate) => candidate.id === "p1")!;
const claims = locatedClaims(article, content).filter((claim) => claim.block === block.id);
const gloss = findGlosses(block.text, content.background.glossary, claims)[0]!;
const entry = content.background.glossary.find((candidate) => candidate.id === gloss.id)!;
const technique = content.questionSets[article.slug]!.questions.find((question) => question.type === "technique")!;

const mark = (page: Page) => page.locator(`[data-text="${block.id}"] a[data-gloss="${entry.id}"]`);
const popover = (page: Page) => page.locator(`#gloss-${entry.id}`);

test("in French, a marked term opens its French definition on click; Escape closes it and focus returns to the term", async ({ page, expectAccessible }) => {
  await page.goto(`/fr/articles/${article.slug}`);
  await expect(mark(page)).toHaveText(block.text.slice(gloss.start, gloss.end));
  // The marks wrap the stored words: the paragraph's text is the stored text, byte for byte.
  expect(await page.locator(`[data-text="${block.id}"]`).evaluate((node) => node.textContent)).toBe(block.text);
  // Only the first occurrence in the paragraph is marked.
  await expect(page.locator(`[data-text="${block.id}"] a[data-gloss="${entry.id}"]`)).toHaveCount(1);
  await answersReady(page);

  await mark(page).click();
  const dialog = page.getByRole("dialog", { name: entry.fr.term });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute("lang", "fr");
  await expect(dialog).toContainText(entry.fr.definition);
  await expect(dialog.getByRole("button", { name: "Fermer la définition" })).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`/fr/articles/${article.slug}$`));
  await expectAccessible(page);

  await page.keyboard.press("Escape");
  await expect(popover(page)).toBeHidden();
  await expect(mark(page)).toBeFocused();
});

test("in English, a term reached with Tab opens its English definition with Enter or Space; the close button and Escape close it", async ({ page }) => {
  await page.goto(`/en/articles/${article.slug}`);
  await answersReady(page);
  // Tab from the paragraph's number to the term, as a keyboard user goes.
  await page.locator(`[id="${block.id}"] > a`).first().focus();
  for (let step = 0; step < 20 && !(await mark(page).evaluate((node) => node === document.activeElement)); step++) await page.keyboard.press("Tab");
  await expect(mark(page)).toBeFocused();

  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: entry.en.term });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute("lang", "en");
  await expect(dialog).toContainText(entry.en.definition);
  await expect(dialog).not.toContainText(entry.fr.definition.slice(0, 40));
  const close = dialog.getByRole("button", { name: "Close the definition" });
  await expect(close).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(mark(page)).toBeFocused();

  await page.keyboard.press(" ");
  await expect(dialog).toBeVisible();
  await expect(close).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  await expect(mark(page)).toBeFocused();
  // The page did not scroll away or navigate: the term is still in view.
  await expect(mark(page)).toBeInViewport();
  await expect(page).toHaveURL(new RegExp(`/en/articles/${article.slug}$`));
});

test("without JavaScript, a marked term is a link to its entry in the Background tab's glossary", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/fr/articles/${article.slug}`);
  await mark(page).click();
  await expect(page).toHaveURL(new RegExp(`/fr/articles/${article.slug}/background/glossary#term-${entry.id}$`));
  await expect(page.locator(`#term-${entry.id}`)).toContainText(entry.fr.definition);
  await context.close();
});

test("a passage selected across a marked term is saved as the stored words", async ({ page, db }) => {
  await page.goto(`/en/articles/${article.slug}`);
  await answersReady(page);
  const start = gloss.start - 12;
  const end = gloss.end + 12;
  // From inside the text before the mark to inside the text after it.
  await selectInBlock(page, block.id, start, end);
  const card = page.locator(`#q-${technique.key}`);
  const chosen = content.annotations[article.slug]!.spans[0]!.technique;
  await card.getByLabel("Technique", { exact: true }).selectOption(chosen);
  const saved = page.waitForResponse((response) => response.url().endsWith("/api/answers") && response.status() === 200);
  await card.getByRole("button", { name: "Add the selection" }).click();
  const { attemptId } = (await (await saved).json()) as { attemptId: string };
  await expect(page.locator(`#answer-${technique.key}-status`)).toContainText("Saved");
  const { rows } = await db.query<{ value: { tags: Array<{ block: string; quote: string; start: number; technique: string }> } }>(
    `SELECT a.value FROM "Answer" a JOIN "Question" q ON q.id = a."questionId" WHERE a."attemptId" = $1 AND q.key = $2`,
    [attemptId, technique.key],
  );
  expect(rows[0]!.value.tags).toEqual([expect.objectContaining({ block: block.id, quote: block.text.slice(start, end).trim(), technique: chosen })]);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the definition is a readable sheet at the bottom that leaves the text above it in view", async ({ page, expectAccessible }) => {
    await page.goto(`/fr/articles/${article.slug}`);
    await answersReady(page);
    await mark(page).scrollIntoViewIfNeeded();
    await mark(page).click();
    await expect(popover(page)).toBeVisible();
    const box = (await popover(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.y + box.height).toBeLessThanOrEqual(844 + 1);
    // At most about half the screen: the text stays readable above it.
    expect(box.height).toBeLessThanOrEqual(844 * 0.5);
    const fontSize = await popover(page).evaluate((node) => parseFloat(getComputedStyle(node).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(15);
    await expectAccessible(page);
    await popover(page).getByRole("button", { name: "Fermer la définition" }).click();
    await expect(popover(page)).toBeHidden();
  });
});

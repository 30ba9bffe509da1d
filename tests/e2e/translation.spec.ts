import type { Page } from "@playwright/test";
import { answersReady, contentPromise, expect, test } from "./fixtures";
import { selectQuote } from "./selection";

/**
 * The working English translation in the reader (lib/reader/text-view.ts): on an English page,
 * each paragraph's translation under its original by default; the learner's view (original only,
 * under, beside) is remembered across reloads; and a passage selected in the French text is saved
 * as before, anchored there.
 */

const content = await contentPromise;
const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** The blocks a translation covers: all but the title. */
const translatedBlocks = (slug: string) => content.articles.find((article) => article.slug === slug)!.blocks.filter((block) => block.kind !== "title");

for (const article of content.articles) {
  test(`${article.slug}: every paragraph's translation under its original, labelled as a working translation`, async ({ page }) => {
    await page.goto(`/en/articles/${article.slug}`);
    await expect(page.getByText("Each paragraph has its working English translation, made for study: the French original is the source.")).toBeVisible();
    const blocks = translatedBlocks(article.slug);
    await expect(page.locator("#article [data-translation]")).toHaveCount(blocks.length);
    for (const block of blocks) {
      const translation = page.locator(`[id="${block.id}"] > [data-translation]`);
      await expect(translation).toBeVisible();
      await expect(translation).toHaveAttribute("lang", "en");
      await expect(translation.locator("p")).toHaveText(squash(article.translation.blocks[block.id]!.text));
      await expect(translation.locator(".translation-tag")).toHaveText(`Working translation, ¶ ${block.number}`);
    }
    // Under: below its original, in the same column.
    const first = blocks[0]!;
    const original = await page.locator(`[data-text="${first.id}"]`).boundingBox();
    const translated = await page.locator(`[id="${first.id}"] > [data-translation]`).boundingBox();
    expect(translated!.y).toBeGreaterThanOrEqual(original!.y + original!.height - 1);
  });
}

const article = content.articles.find((candidate) => candidate.slug === "crise-majeure-kazakhstan")!;
const technique = content.questionSets[article.slug]!.questions.find((question) => question.type === "technique")!;
const reference = content.annotations[article.slug]!.spans[0]!;

const viewOption = (page: Page, name: string) => page.getByRole("group", { name: "Text" }).getByRole("radio", { name });
/** Chooses a view as a learner does: on its label (the radio itself is drawn by the label). */
const chooseView = (page: Page, name: string) => page.getByRole("group", { name: "Text" }).getByText(name, { exact: true }).click();

test("the view is the learner's: beside, then the original only, each kept on reload; the French page shows the original by default", async ({
  page,
  expectAccessible,
}) => {
  await page.goto(`/fr/articles/${article.slug}`);
  await expect(page.locator("[data-translation]").first()).toBeHidden();
  await expect(page.getByRole("group", { name: "Texte" }).getByRole("radio", { name: "Original seul" })).toBeChecked();

  await page.goto(`/en/articles/${article.slug}`);
  await expect(viewOption(page, "Translation under each paragraph")).toBeChecked();
  await chooseView(page, "Translation beside");
  await page.reload();
  await expect(viewOption(page, "Translation beside")).toBeChecked();
  const original = await page.locator('[data-text="p1"]').boundingBox();
  const beside = await page.locator("#p1 > [data-translation]").boundingBox();
  expect(beside!.x).toBeGreaterThan(original!.x + original!.width - 1);
  expect(Math.abs(beside!.y - original!.y)).toBeLessThan(40);
  await expectAccessible(page);

  await chooseView(page, "Original only");
  await expect(page.locator("[data-translation]").first()).toBeHidden();
  await page.reload();
  await expect(viewOption(page, "Original only")).toBeChecked();
  await expect(page.locator("[data-translation]").first()).toBeHidden();
  // Another article keeps the choice too.
  await page.goto(`/en/articles/${content.articles[0]!.slug}`);
  await expect(page.locator("[data-translation]").first()).toBeHidden();
});

test("a passage selected in the French text, with the translation under it, is saved as before", async ({ page, db }) => {
  await page.goto(`/en/articles/${article.slug}`);
  await expect(page.locator(`#${reference.block} > [data-translation]`)).toBeVisible();
  await answersReady(page);
  const card = page.locator(`#q-${technique.key}`);
  await selectQuote(page, reference);
  await card.getByLabel("Technique", { exact: true }).selectOption(reference.technique);
  const saved = page.waitForResponse((response) => response.url().endsWith("/api/answers") && response.status() === 200);
  await card.getByRole("button", { name: "Add the selection" }).click();
  const { attemptId } = (await (await saved).json()) as { attemptId: string };
  await expect(page.locator(`#answer-${technique.key}-status`)).toContainText("Saved");
  const { rows } = await db.query<{ value: { tags: Array<{ block: string; quote: string; technique: string }> } }>(
    `SELECT a.value FROM "Answer" a JOIN "Question" q ON q.id = a."questionId" WHERE a."attemptId" = $1 AND q.key = $2`,
    [attemptId, technique.key],
  );
  expect(rows[0]!.value.tags).toEqual([expect.objectContaining({ block: reference.block, quote: reference.quote, technique: reference.technique })]);
});

import type { Locator, Page } from "@playwright/test";
import type { Pool } from "pg";
import type { Question } from "@/lib/content/schemas";
import { contentPromise, expect, test } from "./fixtures";

/** Every question type, answered in the reader, lands in PostgreSQL and comes back after a reload. */

const content = await contentPromise;
const article = content.articles.find((candidate) => candidate.slug === "main-des-americains") ?? content.articles[3]!;
const questions = content.questionSets[article.slug]!.questions;
const firstOf = <T extends Question["type"]>(type: T, where: (question: Extract<Question, { type: T }>) => boolean = () => true) =>
  questions.find((question): question is Extract<Question, { type: T }> => question.type === type && where(question as Extract<Question, { type: T }>))!;

const card = (page: Page, key: string) => page.locator(`#q-${key}`);

async function savedValue(page: Page, key: string, action: () => Promise<void>) {
  const response = page.waitForResponse(
    (candidate) => candidate.url().endsWith("/api/answers") && candidate.request().postDataJSON()?.question === key && candidate.status() === 200,
  );
  await action();
  const body = (await (await response).json()) as { attemptId: string };
  await expect(card(page, key).locator(`#answer-${key}-status`)).toContainText("Enregistré");
  return body.attemptId;
}

async function stored(db: Pool, attemptId: string, key: string) {
  const { rows } = await db.query(`SELECT a.value FROM "Answer" a JOIN "Question" q ON q.id = a."questionId" WHERE a."attemptId" = $1 AND q.key = $2`, [
    attemptId,
    key,
  ]);
  return rows[0]?.value as unknown;
}

async function reloadWithoutLocalCopy(page: Page) {
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
}

test.beforeEach(async ({ page }) => {
  await page.goto(`/fr/articles/${article.slug}`);
});

test("single choice with 'Other, explain'", async ({ page, db }) => {
  const question = firstOf("single", (candidate) => candidate.allowOther) ?? firstOf("single");
  const box = card(page, question.key);
  let attemptId = await savedValue(page, question.key, () => box.getByRole("radio").first().check());
  expect(await stored(db, attemptId, question.key)).toEqual({ choice: question.options[0]!.key });
  if (question.allowOther) {
    attemptId = await savedValue(page, question.key, () => box.getByRole("radio", { name: "Autre (précisez)" }).check());
    attemptId = await savedValue(page, question.key, () => box.getByLabel("Précisez votre réponse").fill("Un blog anonyme"));
    expect(await stored(db, attemptId, question.key)).toEqual({ choice: "other", other: "Un blog anonyme" });
  }
  await reloadWithoutLocalCopy(page);
  await expect(card(page, question.key).getByRole("radio", { checked: true })).toHaveCount(1);
});

test("multiple choice", async ({ page, db }) => {
  const question = firstOf("multiple");
  const box = card(page, question.key);
  await box.getByRole("checkbox").nth(0).check();
  const attemptId = await savedValue(page, question.key, () => box.getByRole("checkbox").nth(1).check());
  expect(await stored(db, attemptId, question.key)).toEqual({ choices: [question.options[0]!.key, question.options[1]!.key] });
  await reloadWithoutLocalCopy(page);
  await expect(card(page, question.key).getByRole("checkbox", { checked: true })).toHaveCount(2);
});

test("trust scale before and after reading, with the change shown", async ({ page, db }) => {
  const before = firstOf("scale", (candidate) => !candidate.compareWith);
  const after = firstOf("scale", (candidate) => candidate.compareWith === before.key);
  const choose = async (key: string, name: RegExp) => {
    await card(page, key).getByRole("radio", { name }).focus();
    await page.keyboard.press("Space");
  };
  const attemptId = await savedValue(page, before.key, () => choose(before.key, /^2/));
  await savedValue(page, after.key, () => choose(after.key, /^4/));
  await expect(card(page, after.key)).toContainText("Avant la lecture : 2 ; après : 4 (+2)");
  expect(await stored(db, attemptId, before.key)).toEqual({ value: 2 });
  expect(await stored(db, attemptId, after.key)).toEqual({ value: 4 });
});

/** Drags the mouse across the start of a block's text, as a learner selects words. */
async function dragSelect(page: Page, block: Locator) {
  const box = (await block.boundingBox())!;
  await page.mouse.move(box.x + 2, box.y + 8);
  await page.mouse.down();
  await page.mouse.move(box.x + Math.min(box.width - 4, 260), box.y + 8, { steps: 8 });
  await page.mouse.up();
}

test("evidence: passages selected with the mouse are attached, shown as quotes and highlighted", async ({ page, db }) => {
  const question = firstOf("evidence");
  const target = article.blocks.find((block) => block.kind === "paragraph" && block.text.length > 200)!;
  await dragSelect(page, page.locator(`[data-text="${target.id}"]`));
  const box = card(page, question.key);
  await expect(box.getByText("Sélection dans le texte")).toBeVisible();
  const attemptId = await savedValue(page, question.key, () => box.getByRole("button", { name: "Ajouter la sélection" }).click());
  const value = (await stored(db, attemptId, question.key)) as { highlights: Array<{ block: string; start: number; end: number; quote: string }> };
  expect(value.highlights).toHaveLength(1);
  const [passage] = value.highlights;
  expect(passage!.block).toBe(target.id);
  expect(passage!.quote).toBe(target.text.slice(passage!.start, passage!.end));
  await expect(box.locator("ol q")).toHaveText(passage!.quote);
  expect(await page.evaluate(() => CSS.highlights.get("recits-evidence")?.size)).toBe(1);
  await reloadWithoutLocalCopy(page);
  await expect(card(page, question.key).locator("ol q")).toHaveText(passage!.quote);
});

test("technique tagging with the keyboard alone", async ({ page, db }) => {
  const question = firstOf("technique");
  const box = card(page, question.key);
  await box.getByLabel("Technique", { exact: true }).focus();
  await page.keyboard.press("ArrowDown"); // first technique in the list
  const technique = await box.getByLabel("Technique", { exact: true }).inputValue();
  expect(technique).not.toBe("");
  await box.getByText("Choisir un passage au clavier").focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab"); // paragraph
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  const block = await box.getByLabel("Paragraphe").inputValue();
  await page.keyboard.press("Tab"); // sentence (the first is chosen)
  const words = box.getByLabel("Au mot");
  if (await words.count()) {
    await page.keyboard.press("Tab"); // from word
    await page.keyboard.press("Tab"); // to word
    await page.keyboard.press("ArrowUp"); // drop the last word
  }
  const response = page.waitForResponse((candidate) => candidate.url().endsWith("/api/answers") && candidate.status() === 200);
  await box.getByRole("button", { name: "Ajouter ce passage" }).focus();
  await page.keyboard.press("Enter");
  const { attemptId } = (await (await response).json()) as { attemptId: string };
  const value = (await stored(db, attemptId, question.key)) as { tags: Array<{ block: string; quote: string; technique: string }> };
  expect(value.tags).toEqual([expect.objectContaining({ block, technique })]);
  const text = article.blocks.find((candidate) => candidate.id === block)!.text;
  expect(text).toContain(value.tags[0]!.quote);
  // The passages given (the control excerpts shown with the technique question are a list of their own).
  await expect(box.locator("ol:not([data-controls] ol) > li")).toHaveCount(1);
});

test("a text over the limit is kept on the device and not sent, with a clear message", async ({ page }) => {
  const question = firstOf("open");
  const box = card(page, question.key);
  let sent = 0;
  page.on("request", (request) => request.url().endsWith("/api/answers") && (sent += 1));
  await box.locator("textarea").fill("x".repeat(question.maxLength + 10));
  await expect(box.locator(`#answer-${question.key}-status`)).toContainText("dépasse la limite");
  await expect(box.locator("textarea")).toHaveValue("x".repeat(question.maxLength + 10));
  expect(sent).toBe(0);
  expect(await page.evaluate(() => Object.keys(window.localStorage).some((key) => key.startsWith("recits:draft:")))).toBe(true);
});

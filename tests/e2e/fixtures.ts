import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Page } from "@playwright/test";
import path from "node:path";
import pg from "pg";
import { loadContent } from "../../lib/content/load";

/** Playwright fixtures: direct access to the test database, and an accessibility check. */

type Fixtures = {
  db: pg.Pool;
  expectAccessible: (page: Page) => Promise<void>;
};

export const test = base.extend<Fixtures>({
  db: async ({}, provide) => {
    const pool = new pg.Pool({ connectionString: process.env.E2E_DATABASE_URL, max: 2 });
    await provide(pool);
    await pool.end();
  },
  expectAccessible: async ({}, provide) => {
    await provide(async (page) => {
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
      const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
      expect(
        serious.map(
          (violation) =>
            `${violation.id}: ${violation.help} (${violation.nodes
              .map((node) => node.target.join(" "))
              .slice(0, 3)
              .join(" | ")})`,
        ),
      ).toEqual([]);
    });
  },
});

export { expect };

/** The stored answer to a question (by key) in an attempt. */
export async function storedAnswer(db: pg.Pool, attemptId: string, questionKey: string) {
  const { rows } = await db.query<{ value: { text?: string }; revision: number }>(
    `SELECT a.value, a.revision FROM "Answer" a JOIN "Question" q ON q.id = a."questionId"
      WHERE a."attemptId" = $1 AND q.key = $2`,
    [attemptId, questionKey],
  );
  return rows[0] ?? null;
}

/** Types an open answer and waits for the server to acknowledge a save of it. */
export async function typeAndSave(page: Page, questionKey: string, text: string) {
  const saved = page.waitForResponse((response) => response.url().endsWith("/api/answers") && response.status() === 200);
  await page.locator(`#q-${questionKey} textarea`).fill(text);
  return (await (await saved).json()) as { attemptId: string; revision: number };
}

/** The article and the first open question of the article at `index`, as content/ has them. */
export async function openQuestionOf(index = 0) {
  const content = await contentPromise;
  const article = content.articles[index]!;
  const question = content.questionSets[article.slug]!.questions.find((candidate) => candidate.type === "open")!;
  return { article, question };
}

/** Waits until the page's answer editors are live (hydrated), for steps that need their listeners. */
export async function answersReady(page: Page) {
  await expect(page.locator("html[data-answers=ready]")).toBeAttached();
}

/** The teaching material as the app loads it, so tests follow content/ instead of copying it. */
export const contentPromise = loadContent(path.resolve("content"));

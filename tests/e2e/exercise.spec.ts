import { contentPromise, expect, test } from "./fixtures";

/** The learner's own matrix is saved like any answer, restored on reload, and compared after submitting. */

const content = await contentPromise;

test("fill the matrix, reload, submit, compare with the reference", async ({ page, db }) => {
  const use = content.comparison.uses.find((candidate) => candidate.narrative === content.comparison.narratives[0]!.id)!;
  const narrative = content.comparison.narratives.find((candidate) => candidate.id === use.narrative)!;
  const missing = content.comparison.narratives.find(
    (candidate) => !content.comparison.uses.some((item) => item.article === use.article && item.narrative === candidate.id),
  )!;
  await page.goto("/fr/compare/exercise");
  const box = page.locator(`#answer-${content.comparison.exercise.key}-${use.article}-${use.narrative}`);
  await box.check();
  const saved = page.waitForResponse((response) => response.url().endsWith("/api/answers") && response.status() === 200);
  await page.locator(`input[data-passage="${use.article}:${use.narrative}"]`).fill(use.passages[0]!.quote);
  await page.locator(`#answer-${content.comparison.exercise.key}-${use.article}-${missing.id}`).check();
  await expect(page.getByText("Toutes vos réponses sont enregistrées.")).toBeVisible();
  const { attemptId } = (await (await saved).json()) as { attemptId: string };

  const { rows } = await db.query(`SELECT a.value FROM "Answer" a WHERE a."attemptId" = $1`, [attemptId]);
  expect(rows[0]?.value.cells[use.article][use.narrative]).toEqual({ uses: true, passage: use.passages[0]!.quote });

  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await expect(page.locator(`#answer-${content.comparison.exercise.key}-${use.article}-${use.narrative}`)).toBeChecked();
  await expect(page.locator(`input[data-passage="${use.article}:${use.narrative}"]`)).toHaveValue(use.passages[0]!.quote);

  await page.getByRole("button", { name: "Rendre mon travail" }).click();
  await page.getByRole("button", { name: "Rendre", exact: true }).click();
  await expect(page).toHaveURL(/\/fr\/my-work\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre grille et la grille de référence");
  const row = page
    .locator(`#cmp-${use.article}`)
    .locator("xpath=..")
    .getByRole("row", { name: new RegExp(narrative.fr.name.slice(0, 20)) });
  await expect(row).toContainText("même réponse");
  await expect(row).toContainText("passage trouvé tel quel dans le texte");
  const wrong = page
    .locator(`#cmp-${use.article}`)
    .locator("xpath=..")
    .getByRole("row", { name: new RegExp(missing.fr.name.slice(0, 20)) });
  await expect(wrong).toContainText("réponse différente");

  // Starting again opens a fresh, empty grid.
  await page.getByRole("link", { name: "Recommencer l'exercice" }).click();
  await expect(page).toHaveURL(/\/fr\/compare\/exercise$/);
  await expect(page.locator(`#answer-${content.comparison.exercise.key}-${use.article}-${use.narrative}`)).not.toBeChecked();
});

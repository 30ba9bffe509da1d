import { contentPromise, expect, test } from "./fixtures";
import { selectInBlock } from "./selection";

/** On a phone the text, questions and background stack; a sticky bar reaches each in one tap. */

test("the switcher jumps to the questions and the background, and stays in reach", async ({ page, expectAccessible }) => {
  const content = await contentPromise;
  const article = content.articles[0]!;
  await page.goto(`/fr/articles/${article.slug}`);
  const switcher = page.getByRole("navigation", { name: "Aller à" });
  await expect(switcher).toBeVisible();
  await expect(page.getByRole("tablist")).toBeHidden();

  await switcher.getByRole("link", { name: "Questions", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Questions", level: 2 })).toBeInViewport();
  await expect(switcher).toBeInViewport();

  await switcher.getByRole("link", { name: "Contexte", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Contexte", level: 2 })).toBeInViewport();

  await switcher.getByRole("link", { name: "Texte", exact: true }).click();
  await expect(page.locator("#article h1")).toBeInViewport();
  await expectAccessible(page);
});

test("no page is wider than the screen", async ({ page }) => {
  const content = await contentPromise;
  const pages = [
    "/fr",
    ...content.articles.flatMap((article) => [`/fr/articles/${article.slug}`, `/fr/articles/${article.slug}/background`]),
    ...["", "/numbers", "/timeline", "/map", "/exercise"].map((tab) => `/fr/compare${tab}`),
    "/fr/my-work",
  ];
  for (const path of pages) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test("selecting a passage offers a one-tap way to the questions that take passages", async ({ page }) => {
  const content = await contentPromise;
  const article = content.articles[0]!;
  await page.goto(`/fr/articles/${article.slug}`);
  const bar = page.getByRole("region", { name: "Passage sélectionné" });
  await expect(bar).toBeHidden();
  await selectInBlock(page, "p3", 0, 40);
  await expect(bar).toBeVisible();
  const evidence = content.questionSets[article.slug]!.questions.find((question) => question.type === "evidence")!;
  await bar.getByRole("link").first().click();
  await expect(page.locator(`#q-${evidence.key}`)).toBeInViewport();
  await page.locator(`#q-${evidence.key}`).getByRole("button", { name: "Ajouter la sélection" }).click();
  await expect(page.locator(`#q-${evidence.key} ol li`)).toHaveCount(1);
});

test.describe("on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the header's links each fit on one line", async ({ page }) => {
    await page.goto("/fr");
    const nav = page.getByRole("navigation", { name: "Navigation principale" });
    for (const name of ["Articles", "Comparer", "Mon travail"]) {
      const link = nav.getByRole("link", { name, exact: true });
      const [box, lineHeight] = await Promise.all([link.boundingBox(), link.evaluate((element) => parseFloat(getComputedStyle(element).lineHeight))]);
      expect(box!.height, name).toBeLessThan(lineHeight * 1.5);
    }
  });
});

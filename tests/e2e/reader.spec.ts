import { contentPromise, expect, test } from "./fixtures";

/** Every article opens in both languages, with its text verbatim, numbered, and the background beside it. */

test("the home page presents the app and the five articles", async ({ page, expectAccessible }) => {
  const content = await contentPromise;
  await page.goto("/");
  await expect(page).toHaveURL(/\/fr$/);
  await expect(page.getByRole("heading", { level: 1, name: "Récits croisés" })).toBeVisible();
  const cards = page.getByRole("article");
  await expect(cards).toHaveCount(content.articles.length);
  for (const article of content.articles) {
    const card = cards.filter({ hasText: article.title.fr });
    await expect(card).toHaveCount(1);
    await expect(card).toContainText(article.meta.author.signed ?? "Texte non signé");
    await expect(card).toContainText(`${article.readingMinutes} min de lecture`);
  }
  await expectAccessible(page);
});

for (const locale of ["fr", "en"] as const) {
  test.describe(`in ${locale === "fr" ? "French" : "English"}`, () => {
    test("every article opens with its numbered text and background", async ({ page, expectAccessible }) => {
      const content = await contentPromise;
      for (const article of content.articles) {
        await page.goto(`/${locale}/articles/${article.slug}`);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expect(page.getByRole("heading", { level: 1 })).toContainText(article.title[locale].slice(0, 30));
        const paragraphs = page.locator("[data-paragraph]");
        await expect(paragraphs).toHaveCount(article.blocks.filter((block) => block.kind !== "title").length);
        // Verbatim: the rendered text of a block is the stored text, NBSPs and typos included.
        const sample = article.blocks.find((block) => block.kind === "paragraph")!;
        expect(await page.locator(`#${sample.id} p`).first().evaluate((node) => node.textContent)).toBe(sample.text);
        await expect(page.getByRole("tab", { name: locale === "fr" ? "Questions" : "Questions" })).toHaveAttribute("aria-selected", "true");
        await page.getByRole("tab", { name: locale === "fr" ? "Contexte" : "Background" }).click();
        await expect(page.getByRole("heading", { name: locale === "fr" ? "Chronologie" : "Timeline" })).toBeVisible();
        await expectAccessible(page);
      }
    });
  });
}

test("an unknown article is a localised 404", async ({ page }) => {
  const response = await page.goto("/en/articles/no-such-article");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Article not found");
});

test("reading works without JavaScript, background tab included", async ({ browser }) => {
  const content = await contentPromise;
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const article = content.articles[1]!;
  await page.goto(`/fr/articles/${article.slug}`);
  await expect(page.locator("[data-paragraph]").first()).toBeVisible();
  await page.getByRole("tab", { name: "Contexte" }).click();
  await expect(page).toHaveURL(/panel=background/);
  await expect(page.getByRole("heading", { name: "Chronologie" })).toBeVisible();
  await context.close();
});

test("switching language keeps the article, the panel and the place in the text", async ({ page }) => {
  const content = await contentPromise;
  const article = content.articles[1]!;
  await page.goto(`/fr/articles/${article.slug}?panel=background`);
  const target = article.blocks.filter((block) => block.kind !== "title")[30]!;
  await page.locator(`#${target.id}`).evaluate((node) => node.scrollIntoView({ block: "start" }));
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/articles/${article.slug}\\?panel=background#p\\d+$`));
  await expect(page.getByRole("tab", { name: "Background" })).toHaveAttribute("aria-selected", "true");
  const anchored = new URL(page.url()).hash.slice(1);
  expect(Math.abs(Number(anchored.slice(1)) - (target.number ?? 0))).toBeLessThanOrEqual(1);
  await expect(page.locator(`#${anchored}`)).toBeInViewport();
});

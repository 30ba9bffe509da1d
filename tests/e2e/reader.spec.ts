import { BACKGROUND_SECTIONS, backgroundHref } from "@/lib/background/sections";
import { contentPromise, expect, test } from "./fixtures";

/** Every article opens in both languages, with its text verbatim, numbered, and the background beside it. */

test("the home page presents the app and the five articles", async ({ page, expectAccessible }) => {
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

const content = await contentPromise;

for (const locale of ["fr", "en"] as const) {
  test.describe(`in ${locale === "fr" ? "French" : "English"}`, () => {
    for (const article of content.articles) {
      test(`${article.slug} opens with its numbered, verbatim text`, async ({ page, expectAccessible }) => {
        await page.goto(`/${locale}/articles/${article.slug}`);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expect(page.getByRole("heading", { level: 1 })).toContainText(article.title[locale].slice(0, 30));
        await expect(page.locator("[data-paragraph]")).toHaveCount(article.blocks.filter((block) => block.kind !== "title").length);
        // Verbatim: a block's rendered text is the stored text, no-break spaces and typos included.
        for (const block of article.blocks.filter((candidate) => candidate.kind === "paragraph").slice(0, 3)) {
          expect(
            await page
              .locator(`#${block.id} p`)
              .first()
              .evaluate((node) => node.textContent),
          ).toBe(block.text);
        }
        await expect(page.getByRole("tab", { name: "Questions" })).toHaveAttribute("aria-selected", "true");
        await expectAccessible(page);
      });
    }

    test("the background opens beside the article, each section at its own address", async ({ page }) => {
      const article = content.articles[0]!;
      await page.goto(`/${locale}/articles/${article.slug}`);
      await page.getByRole("tab", { name: locale === "fr" ? "Contexte" : "Background" }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/articles/${article.slug}/background$`));
      await expect(page.getByRole("tab", { name: locale === "fr" ? "Contexte" : "Background" })).toHaveAttribute("aria-selected", "true");
      await expect(page.getByRole("heading", { name: locale === "fr" ? /^Qui parle/ : /^Who is speaking/ }).last()).toBeVisible();
      // Each section is its own address; the article stays where it was, beside the panel.
      const sections = page.getByRole("navigation", { name: locale === "fr" ? "Sections du contexte" : "Background sections" });
      const names =
        locale === "fr" ? ["En bref", "Chronologie", "Chiffres", "Glossaire", "Sources"] : ["In brief", "Timeline", "Figures", "Glossary", "Sources"];
      for (const [index, name] of names.entries()) {
        await sections.getByRole("link", { name, exact: true }).click();
        await expect(sections.getByRole("link", { name, exact: true })).toHaveAttribute("aria-current", "page");
        await expect(page.getByRole("heading", { name, exact: true })).toBeVisible();
        if (index > 0) await expect(page).toHaveURL(new RegExp(`/background/${BACKGROUND_SECTIONS[index]}$`));
        await expect(page.locator("[data-paragraph]").first()).toBeVisible();
      }
    });

    for (const section of BACKGROUND_SECTIONS) {
      test(`the background's ${section} section is accessible`, async ({ page, expectAccessible }) => {
        const article = content.articles[2]!;
        await page.goto(`/${locale}${backgroundHref(article.slug, section)}`);
        await expect(page.getByRole("tab", { name: locale === "fr" ? "Contexte" : "Background" })).toHaveAttribute("aria-selected", "true");
        await expectAccessible(page);
      });
    }
  });
}

test("an unknown article is a localised 404", async ({ page }) => {
  const response = await page.goto("/en/articles/no-such-article");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
});

test("reading works without JavaScript, background tab included", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const article = content.articles[1]!;
  await page.goto(`/fr/articles/${article.slug}`);
  await expect(page.locator("[data-paragraph]").first()).toBeVisible();
  await page.getByRole("tab", { name: "Contexte" }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.slug}/background$`));
  await page.getByRole("navigation", { name: "Sections du contexte" }).getByRole("link", { name: "Chronologie" }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.slug}/background/timeline$`));
  await expect(page.getByRole("heading", { name: "Chronologie" })).toBeVisible();
  await context.close();
});

test("switching language keeps the article, the panel and the place in the text", async ({ page }) => {
  const article = content.articles[1]!;
  await page.goto(`/fr/articles/${article.slug}/background`);
  const target = article.blocks.filter((block) => block.kind !== "title")[30]!;
  await page.locator(`#${target.id}`).evaluate((node) => node.scrollIntoView({ block: "start", behavior: "instant" }));
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/articles/${article.slug}/background#p\\d+$`));
  await expect(page.getByRole("tab", { name: "Background" })).toHaveAttribute("aria-selected", "true");
  const anchored = new URL(page.url()).hash.slice(1);
  expect(Math.abs(Number(anchored.slice(1)) - (target.number ?? 0))).toBeLessThanOrEqual(1);
  await expect(page.locator(`#${anchored}`)).toBeInViewport();
});

import { locatedClaims } from "@/lib/claims/located";
import { contentPromise, expect, test } from "./fixtures";

/** Each article marks its checked claims; activating one opens its card beside the text. */

const content = await contentPromise;

for (const locale of ["fr", "en"] as const) {
  for (const article of content.articles) {
    test(`[${locale}] ${article.slug}: claims are marked and source cards shown`, async ({ page }) => {
      await page.goto(`/${locale}/articles/${article.slug}`);
      const claims = locatedClaims(article, content);
      await expect(page.locator("a.claim-mark")).toHaveCount(claims.length);
      for (const claim of claims) {
        await expect(page.locator(`a.claim-mark[href$="#claim-${claim.id}"]`)).toHaveText(claim.quote);
      }
      const cards = content.sourceCards.filter((card) => card.articles.includes(article.slug));
      const who = page.getByRole("region", { name: locale === "fr" ? "Qui parle ?" : "Who is speaking?" });
      for (const card of cards) await expect(who).toContainText(card.name);
    });
  }
}

test("clicking a claim opens its card beside the text, and the text stays verbatim", async ({ page }) => {
  const article = content.articles[1]!;
  const claim = locatedClaims(article, content)[3]!;
  await page.goto(`/fr/articles/${article.slug}`);
  const block = article.blocks.find((candidate) => candidate.id === claim.block)!;
  expect(await page.locator(`[data-text="${block.id}"]`).evaluate((node) => node.textContent)).toBe(block.text);
  await page.locator(`a.claim-mark[href$="#claim-${claim.id}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/fr/articles/${article.slug}/claims#claim-${claim.id}$`));
  await expect(page.getByRole("tab", { name: "Affirmations" })).toHaveAttribute("aria-selected", "true");
  const card = page.locator(`#claim-${claim.id}`);
  await expect(card).toBeInViewport();
  await expect(card).toContainText(claim.fr.record.slice(0, 40));
  await expect(page.locator("[data-paragraph]").first()).toBeVisible();
});

test("a claim can be reached and opened with the keyboard alone", async ({ page, expectAccessible }) => {
  const article = content.articles[0]!;
  const claim = locatedClaims(article, content)[0]!;
  await page.goto(`/en/articles/${article.slug}`);
  const link = page.locator(`a.claim-mark[href$="#claim-${claim.id}"]`);
  await link.focus();
  await expect(link).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/claims#claim-${claim.id}$`));
  await expect(page.locator(`#claim-${claim.id}`)).toBeInViewport();
  await expect(page.locator(`#claim-${claim.id}`)).toContainText(claim.en.claim);
  await expectAccessible(page);
});

test("claims work without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const article = content.articles[2]!;
  const claim = locatedClaims(article, content)[0]!;
  await page.goto(`/fr/articles/${article.slug}`);
  await page.locator(`a.claim-mark[href$="#claim-${claim.id}"]`).click();
  await expect(page.locator(`#claim-${claim.id}`)).toBeVisible();
  await context.close();
});

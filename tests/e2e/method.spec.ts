import { formatDate } from "@/lib/format/dates";
import { contentPromise, expect, test } from "./fixtures";

/** The method and corrections page: reached from the footer and from every claim card, in both languages. */

test("the footer leads to the method page, which lists the dated corrections", async ({ page, expectAccessible }) => {
  const content = await contentPromise;
  await page.goto("/fr");
  await page.getByRole("contentinfo").getByRole("link", { name: "Méthode et corrections" }).click();
  await expect(page).toHaveURL(/\/fr\/method$/);
  await expect(page.getByRole("heading", { name: "Méthode et corrections", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Ce que veut dire chaque statut" })).toBeVisible();
  await expect(page.getByText("Contredit par les sources", { exact: true })).toBeVisible();

  // The newest day comes first, with each of its corrections (whatever the content says that day).
  const newest = [...content.corrections].sort((a, b) => b.date.localeCompare(a.date))[0]!;
  const day = page.getByRole("region", { name: formatDate(newest.date, "fr") });
  const sameDay = content.corrections.filter((correction) => correction.date === newest.date);
  await expect(day.getByRole("definition")).toHaveCount(sameDay.length);
  for (const correction of sameDay) await expect(day).toContainText(correction.fr.slice(0, 40));
  await expectAccessible(page);
});

test("every claim card links to how it is checked, and the English page is complete", async ({ page }) => {
  const content = await contentPromise;
  const article = content.articles[0]!;
  await page.goto(`/en/articles/${article.slug}/claims`);
  const links = page.getByRole("link", { name: "How this card is checked" });
  await expect(links).toHaveCount(content.claims[article.slug]!.claims.length);
  await links.first().click();
  await expect(page).toHaveURL(/\/en\/method#checked$/);
  await expect(page.getByRole("heading", { name: "How they are checked" })).toBeInViewport();
  await expect(page.getByRole("region", { name: /2 December 2026/ })).toContainText("presidential residence");
});

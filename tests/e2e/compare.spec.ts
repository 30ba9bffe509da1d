import type { Locator, Page } from "@playwright/test";
import { contentPromise, expect, test } from "./fixtures";

/** The comparison pages render in both languages, pass axe, and work with the keyboard. */

const content = await contentPromise;
const pages = [
  { path: "/compare", fr: "Cinq textes, un même événement", en: "Five texts, one event" },
  { path: "/compare/numbers", fr: "Les chiffres cités", en: "Figures cited" },
  { path: "/compare/timeline", fr: "Janvier 2022 jour par jour", en: "January 2022 day by day" },
  { path: "/compare/map", fr: "Les lieux des événements", en: "Where the events took place" },
  { path: "/compare/exercise", fr: "Exercice", en: "Exercise" },
];

for (const locale of ["fr", "en"] as const) {
  for (const entry of pages) {
    test(`[${locale}] ${entry.path} renders and is accessible`, async ({ page, expectAccessible }) => {
      await page.goto(`/${locale}${entry.path}`);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(entry[locale]);
      await expectAccessible(page);
    });
  }
}

test("the matrix has one row per article and leads to the passages, by keyboard", async ({ page }) => {
  await page.goto("/fr/compare");
  const table = page.getByRole("table");
  await expect(table.locator("tbody tr")).toHaveCount(content.articles.length);
  const use = content.comparison.uses[0]!;
  const cell = table.locator(`a[href="#use-${use.article}-${use.narrative}"]`);
  await cell.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`#use-${use.article}-${use.narrative}$`));
  await expect(page.locator(`#use-${use.article}-${use.narrative}`)).toBeInViewport();
  await expect(page.locator(`#use-${use.article}-${use.narrative}`)).toContainText(use.passages[0]!.quote.slice(0, 30));
});

/**
 * Presses Tab from the top of the page until the link has focus, then Enter: the link is reachable
 * and works with the keyboard alone, and its target ends up on screen.
 */
async function followByKeyboard(page: Page, link: Locator, maxPresses = 120) {
  const href = (await link.getAttribute("href"))!;
  let presses = 0;
  while (!(await link.evaluate((node) => node === document.activeElement))) {
    if (++presses > maxPresses) throw new Error(`${href} not reached with ${maxPresses} presses of Tab`);
    await page.keyboard.press("Tab");
  }
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL((url) => url.pathname + url.hash === href);
  await expect(page.locator(`#${href.split("#")[1]}`)).toBeInViewport();
}

test("the numbers table lists every figure the articles cite, each leading to its paragraph by keyboard", async ({ page }) => {
  await page.goto("/en/compare/numbers");
  await expect(page.locator("tbody tr")).toHaveCount(content.comparison.numbers.length);
  await followByKeyboard(page, page.locator("tbody a").first());
});

test("the timeline places each article's publication among the events, and its claims open by keyboard", async ({ page }) => {
  await page.goto("/fr/compare/timeline");
  for (const article of content.articles) {
    await expect(page.locator(`#d-${article.meta.published.date}`)).toContainText(/Publication/);
  }
  await followByKeyboard(page, page.locator('a[href*="/claims#claim-"]').first());
});

test("map markers are keyboard links to the places, and the list names every place", async ({ page }) => {
  await page.goto("/fr/compare/map");
  await expect(page.locator('[id^="place-"]')).toHaveCount(content.places.length);
  const place = content.places.find((candidate) => candidate.id === "zhanaozen") ?? content.places[0]!;
  const marker = page.getByRole("link", { name: place.fr.name, exact: true }).first();
  await marker.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`#place-${place.id}$`));
  await expect(page.locator(`#place-${place.id}`)).toBeInViewport();
});

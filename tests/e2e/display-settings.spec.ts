import type { Page } from "@playwright/test";
import { DISPLAY_STORAGE_KEY } from "@/lib/display/settings";
import { answersReady, contentPromise, expect, test } from "./fixtures";

/**
 * The reader's display settings: chosen in the "Display" panel, applied at once, remembered by the
 * browser and put on <html> by the head script before the first paint of the next page, with no
 * layout shift; the theme on every page; axe-clean in each theme; reachable on a phone.
 */

const content = await contentPromise;
const article = content.articles[0]!;

const WORDS = {
  fr: {
    button: "Affichage",
    size: "Taille du texte",
    larger: "Plus grande",
    lineSpacing: "Interligne",
    spacing: "Espacement des lettres et des mots",
    wide: "Large",
    wider: "Très large",
    theme: "Thème",
    themes: { light: "Clair", dark: "Sombre", contrast: "Contraste élevé" },
    reset: "Revenir aux réglages par défaut",
  },
  en: {
    button: "Display",
    size: "Text size",
    larger: "Larger",
    lineSpacing: "Line spacing",
    spacing: "Letter and word spacing",
    wide: "Wide",
    wider: "Wider",
    theme: "Theme",
    themes: { light: "Light", dark: "Dark", contrast: "High contrast" },
    reset: "Reset to defaults",
  },
} as const;

type Frame = { attributes: Record<string, string | null>; cls: number; shifted: string[] };

/** Before any page script: the <html> attributes at the first frame, and the sum of layout shifts outside the side panel. */
async function watchFirstFrame(page: Page) {
  await page.addInitScript(() => {
    const state = { attributes: {} as Record<string, string | null>, cls: 0, shifted: [] as string[] };
    (window as unknown as { __display: typeof state }).__display = state;
    requestAnimationFrame(() => {
      for (const name of ["data-theme", "data-text-size", "data-line-spacing", "data-spacing"])
        state.attributes[name] = document.documentElement.getAttribute(name);
    });
    new PerformanceObserver((list) => {
      type Shift = { value: number; hadRecentInput: boolean; sources: { node: Node | null }[] };
      for (const entry of list.getEntries() as unknown as Shift[]) {
        // The side panel's own shift as its answers load happens with or without any setting: not
        // the display settings' doing. Every other shift counts.
        const inPanel = entry.sources.length > 0 && entry.sources.every(({ node }) => node?.parentElement?.closest(".reader-aside"));
        if (entry.hadRecentInput || inPanel) continue;
        state.cls += entry.value;
        // What moved, to name it when the sum is not 0.
        for (const { node } of entry.sources)
          state.shifted.push(node instanceof Element ? `${node.nodeName}#${node.id}.${node.className}`.slice(0, 120) : String(node?.nodeName));
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
}

const firstFrame = (page: Page) => page.evaluate(() => (window as unknown as { __display: Frame }).__display);

/** The article text's computed size and spacings. */
const textStyle = (page: Page) =>
  page
    .locator("#article [data-paragraph]")
    .first()
    .evaluate((node) => {
      const style = getComputedStyle(node);
      return { fontSize: style.fontSize, lineHeight: style.lineHeight, letterSpacing: style.letterSpacing, wordSpacing: style.wordSpacing };
    });

const background = (page: Page) => page.locator("body").evaluate((body) => getComputedStyle(body).backgroundColor);

async function openPanel(page: Page, locale: keyof typeof WORDS) {
  await answersReady(page);
  const summary = page.locator("summary", { hasText: WORDS[locale].button });
  await summary.click();
  return page.getByRole("group", { name: locale === "fr" ? "Réglages d'affichage" : "Display settings" });
}

/** Picks an option as a learner does: a click (or tap) on its visible label; the radio is then checked. */
async function choose(panel: ReturnType<Page["getByRole"]>, legend: string, option: string) {
  const group = panel.getByRole("group", { name: legend, exact: true });
  await group.getByText(option, { exact: true }).click();
  await expect(group.getByRole("radio", { name: option, exact: true })).toBeChecked();
}

const READER_DEFAULT = { fontSize: "18px", lineHeight: "31.5px", letterSpacing: "normal", wordSpacing: "0px" };
const PAPER = "rgb(251, 250, 247)";
const DARK_PAPER = "rgb(22, 24, 27)";

for (const locale of ["fr", "en"] as const) {
  const words = WORDS[locale];
  const reader = `/${locale}/articles/${article.slug}`;

  test(`${locale}: a bigger size, wider spacing and the dark theme hold on the next page, before its first paint`, async ({ page }) => {
    await watchFirstFrame(page);
    await page.goto(reader);
    expect(await textStyle(page)).toEqual(READER_DEFAULT);
    const panel = await openPanel(page, locale);
    await choose(panel, words.size, words.larger);
    await choose(panel, words.lineSpacing, words.wide);
    await choose(panel, words.spacing, words.wider);
    await choose(panel, words.theme, words.themes.dark);
    // Applied at once.
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    expect(await textStyle(page)).toEqual({ fontSize: "24px", lineHeight: "48px", letterSpacing: "2.88px", wordSpacing: "3.84px" });
    expect(await background(page)).toBe(DARK_PAPER);

    await page.reload({ waitUntil: "domcontentloaded" });
    const html = page.locator("html");
    await expect(html).toHaveAttribute("data-theme", "dark");
    await expect(html).toHaveAttribute("data-text-size", "larger");
    await expect(html).toHaveAttribute("data-line-spacing", "wide");
    await expect(html).toHaveAttribute("data-spacing", "wider");
    await page.waitForLoadState("load");
    expect((await firstFrame(page)).attributes).toEqual({
      "data-theme": "dark",
      "data-text-size": "larger",
      "data-line-spacing": "wide",
      "data-spacing": "wider",
    });
    expect(await textStyle(page)).toEqual({ fontSize: "24px", lineHeight: "48px", letterSpacing: "2.88px", wordSpacing: "3.84px" });
    await answersReady(page);
    await page.waitForTimeout(500);
    expect(await firstFrame(page)).toMatchObject({ cls: 0, shifted: [] });
    // The control shows what is in force.
    const reopened = await openPanel(page, locale);
    await expect(reopened.getByRole("group", { name: words.size }).getByRole("radio", { name: words.larger, exact: true })).toBeChecked();

    // Another page of the site keeps the theme, and its first frame has it.
    await page.goto(`/${locale}/method`);
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    expect((await firstFrame(page)).attributes["data-theme"]).toBe("dark");
    expect(await background(page)).toBe(DARK_PAPER);

    // Reset: the defaults, now and on the next load.
    await page.goto(reader);
    await (await openPanel(page, locale)).getByRole("button", { name: words.reset }).click();
    for (const name of ["data-theme", "data-text-size", "data-line-spacing", "data-spacing"]) await expect(html).not.toHaveAttribute(name);
    expect(await textStyle(page)).toEqual(READER_DEFAULT);
    expect(await page.evaluate((key) => localStorage.getItem(key), DISPLAY_STORAGE_KEY)).toBeNull();
    await page.reload();
    expect((await firstFrame(page)).attributes).toEqual({ "data-theme": null, "data-text-size": null, "data-line-spacing": null, "data-spacing": null });
    expect(await background(page)).toBe(PAPER);
  });
}

test("the reader passes axe in every text view and theme, and Escape closes the panel on the control", async ({ page, expectAccessible }) => {
  test.slow(); // nine axe runs on the longest article
  await page.goto(`/en/articles/${article.slug}`);
  for (const view of ["Original only", "Translation under each paragraph", "Translation beside"]) {
    await page.getByRole("group", { name: "Text" }).getByText(view, { exact: true }).click();
    await expect(page.getByRole("group", { name: "Text" }).getByRole("radio", { name: view })).toBeChecked();
    for (const theme of ["light", "dark", "contrast"] as const) {
      const panel = await openPanel(page, "en");
      await choose(panel, "Theme", WORDS.en.themes[theme]);
      await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
      await expectAccessible(page);
      await page.keyboard.press("Escape");
      await expect(panel).toBeHidden();
      await expect(page.locator("summary", { hasText: "Display" })).toBeFocused();
    }
  }
});

test("the theme follows the system until chosen, and paper stays light", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(`/fr/articles/${article.slug}`);
  expect(await background(page)).toBe(DARK_PAPER);
  const panel = await openPanel(page, "fr");
  await choose(panel, "Thème", "Clair");
  expect(await background(page)).toBe(PAPER);
  await choose(panel, "Thème", "Sombre");
  await choose(panel, "Taille du texte", "Plus grande");
  await choose(panel, "Espacement des lettres et des mots", "Très large");
  await page.emulateMedia({ media: "print" });
  expect(await background(page)).toBe("rgb(255, 255, 255)");
  expect(await textStyle(page)).toEqual(READER_DEFAULT);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the control is at the article's top, and its panel fits the screen", async ({ page }) => {
    await page.goto(`/fr/articles/${article.slug}`);
    const summary = page.locator("summary", { hasText: "Affichage" });
    await expect(summary).toBeInViewport();
    const panel = await openPanel(page, "fr");
    const box = (await panel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await choose(panel, "Taille du texte", "Très grande");
    expect((await textStyle(page)).fontSize).toBe("28px");
  });
});

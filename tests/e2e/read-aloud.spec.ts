import type { Page } from "@playwright/test";
import { splitSentences, spoken } from "@/lib/speech/sentences";
import { contentPromise, expect, test } from "./fixtures";

/**
 * Read-aloud in the reader (issue 26, item 3). The first test uses Chromium's own voices: headless
 * Chromium on Linux usually has no French one, and then only the note can be checked (the test
 * records it). The others replace window.speechSynthesis with a fake (FAKE_SPEECH, injected before
 * the page's scripts) that has a French voice, records each utterance and ends one when the test
 * says so: with it the controls, the highlight on the real text and the keyboard are checked for real.
 */

const content = await contentPromise;
const article = content.articles.find((candidate) => candidate.slug === "crise-majeure-kazakhstan")!;
const path = (locale: "fr" | "en") => `/${locale}/articles/${article.slug}`;

/** The sentences of a block as the player says them. */
const sentencesOf = (text: string) =>
  splitSentences(text).map((sentence) => {
    const { start, end } = spoken(text, sentence);
    return text.slice(start, end);
  });
const blockText = (id: string) => article.blocks.find((block) => block.id === id)!.text;

/** The fake (speechSynthesis and SpeechSynthesisUtterance): voices given by the test, utterances recorded; `end()` ends the current one, as the voice would. */
function fakeSpeech(voices: Array<{ lang: string; name: string }>) {
  type Utterance = SpeechSynthesisUtterance;
  const log: Array<{ text: string; lang: string; rate: number; voice: string | null }> = [];
  let current: Utterance | null = null;
  const synthesis = {
    getVoices: () => voices.map((voice) => ({ ...voice, localService: true, default: false, voiceURI: voice.name })),
    speak: (utterance: Utterance) => {
      current = utterance;
      log.push({ text: utterance.text, lang: utterance.lang, rate: utterance.rate, voice: utterance.voice?.name ?? null });
      setTimeout(() => utterance.onstart?.(new Event("start") as SpeechSynthesisEvent), 0);
    },
    cancel: () => {
      const cancelled = current;
      current = null;
      cancelled?.onerror?.({ error: "interrupted" } as SpeechSynthesisErrorEvent);
    },
    pause: () => undefined,
    resume: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  };
  // Chromium's own utterance accepts only its own voices: the fake's voices need a fake utterance.
  class FakeUtterance {
    lang = "";
    rate = 1;
    voice: { name: string } | null = null;
    onstart: ((event: Event) => void) | null = null;
    onend: ((event: Event) => void) | null = null;
    onerror: ((event: { error: string }) => void) | null = null;
    constructor(readonly text: string) {}
  }
  Object.defineProperty(window, "SpeechSynthesisUtterance", { value: FakeUtterance, configurable: true });
  Object.defineProperty(window, "speechSynthesis", { value: synthesis, configurable: true });
  Object.assign(window, {
    fakeSpeech: {
      log,
      end: () => {
        const ended = current;
        current = null;
        ended?.onend?.(new Event("end") as SpeechSynthesisEvent);
      },
    },
  });
}

type Said = { text: string; lang: string; rate: number; voice: string | null };
type FakeSpeech = { log: Said[]; end: () => void };
/** What the fake was asked to say, in order. */
const saidLog = (page: Page) => page.evaluate(() => (window as unknown as { fakeSpeech: FakeSpeech }).fakeSpeech.log);
/** The voice finishes the sentence it is saying. */
const endSentence = (page: Page) => page.evaluate(() => (window as unknown as { fakeSpeech: FakeSpeech }).fakeSpeech.end());

/** The text of the range painted as "reading", or null when nothing is. */
const reading = (page: Page) =>
  page.evaluate(() => {
    const highlight = CSS.highlights.get("reading");
    const range = highlight ? ([...highlight][0] as Range | undefined) : undefined;
    return range ? range.toString() : null;
  });

const FRENCH_VOICE = [
  { lang: "en-US", name: "Fake English" },
  { lang: "fr-FR", name: "Fake French" },
];

test("with Chromium's own voices: reads if it has a French voice, otherwise says why", async ({ page }) => {
  await page.goto(path("fr"));
  await expect(page.locator("[data-read-aloud]")).not.toHaveAttribute("data-read-aloud", "unknown", { timeout: 5000 });
  const french = await page.evaluate(() => speechSynthesis.getVoices().some((voice) => voice.lang.toLowerCase().startsWith("fr")));
  if (!french) {
    await expect(page.getByRole("button", { name: "Écouter le texte" })).toHaveCount(0);
    await expect(page.getByText("Lecture à voix haute indisponible\u00a0: ce navigateur n'a pas de voix française.")).toBeVisible();
    test.info().annotations.push({ type: "skipped check", description: "Chromium has no French voice here: reading was not started" });
    return;
  }
  await page.getByRole("button", { name: "Écouter le texte" }).click();
  await expect.poll(() => reading(page)).toBe(sentencesOf(blockText("p1"))[0]);
  await page.getByRole("button", { name: "Pause" }).click();
  await expect(page.getByRole("status").filter({ hasText: "En pause au paragraphe 1." })).toBeVisible();
});

test.describe("with a fake speech synthesis", () => {
  test("reads the French text sentence by sentence, highlighted on the verbatim text, with pause, speed and read from here", async ({
    page,
    expectAccessible,
  }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(fakeSpeech, FRENCH_VOICE);
    await page.goto(path("fr"));
    const [first, second] = sentencesOf(blockText("p1"));

    // Nothing of the player is in the page until asked for.
    await expect(page.getByRole("region", { name: "Lecture à voix haute" })).toHaveCount(0);
    await page.getByRole("button", { name: "Écouter le texte" }).click();
    const player = page.getByRole("region", { name: "Lecture à voix haute" });
    await expect(player.getByRole("button", { name: "Pause" })).toBeFocused();
    await expect(player.getByRole("status")).toHaveText("Lecture du paragraphe 1.");
    await expect.poll(() => reading(page)).toBe(first);
    expect((await saidLog(page))[0]).toEqual({ text: first, lang: "fr", rate: 1, voice: "Fake French" });
    // The text is untouched: the block's text is still the stored text, whatever marks it holds.
    expect(await page.locator('[data-text="p1"]').evaluate((element) => element.textContent)).toBe(blockText("p1"));

    await endSentence(page);
    await expect.poll(() => reading(page)).toBe(second);

    // Escape pauses wherever the focus is; the sentence stays marked.
    await page.locator("body").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("Escape");
    await expect(player.getByRole("status")).toHaveText("En pause au paragraphe 1.");
    await expect(player.getByRole("button", { name: "Reprendre" })).toBeVisible();
    expect(await reading(page)).toBe(second);
    const said = (await saidLog(page)).length;

    // Speed, then resume from the keyboard: the same sentence again, faster.
    await player.getByRole("button", { name: "1,25 fois la vitesse normale", exact: true }).click();
    await expect(player.getByRole("button", { name: "1,25 fois la vitesse normale", exact: true })).toHaveAttribute("aria-pressed", "true");
    await expect(player.getByRole("button", { name: "1 fois la vitesse normale", exact: true })).toHaveAttribute("aria-pressed", "false");
    expect((await saidLog(page)).length).toBe(said); // paused: a new speed says nothing yet
    await player.getByRole("button", { name: "Reprendre" }).focus();
    await page.keyboard.press("Enter");
    await expect(player.getByRole("status")).toHaveText("Lecture du paragraphe 1.");
    expect((await saidLog(page)).at(-1)).toMatchObject({ text: second, rate: 1.25 });

    // Read from here: paragraph 3 starts with its first sentence.
    await page.getByRole("button", { name: "Lire à partir du paragraphe 3", exact: true }).click();
    await expect(player.getByRole("status")).toHaveText("Lecture du paragraphe 3.");
    await expect.poll(() => reading(page)).toBe(sentencesOf(blockText("p3"))[0]);
    await expect(page.locator("[data-paragraph]")).toHaveCount(article.blocks.filter((block) => block.kind !== "title").length);

    await expectAccessible(page);

    // Closing stops, clears the highlight and the margin buttons, and gives the focus back.
    await player.getByRole("button", { name: "Fermer la lecture" }).click();
    await expect(player).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Écouter le texte" })).toBeFocused();
    expect(await reading(page)).toBeNull();
    await expect(page.getByRole("button", { name: /Lire à partir du paragraphe/ })).toHaveCount(0);
    expect(violations).toEqual([]);
  });

  test("highlights a sentence across the claim links that split a block's text", async ({ page }) => {
    await page.addInitScript(fakeSpeech, FRENCH_VOICE);
    // The first article whose text has a claim link, and the first of its blocks holding one.
    let found: { slug: string; block: string; claim: string } | null = null;
    for (const candidate of content.articles) {
      await page.goto(`/fr/articles/${candidate.slug}`);
      found = await page.evaluate((slug) => {
        const link = document.querySelector<HTMLElement>("[data-text] a.claim-mark");
        const block = link?.closest<HTMLElement>("[data-text]")?.dataset.text;
        return link && block ? { slug, block, claim: link.textContent ?? "" } : null;
      }, candidate.slug);
      if (found) break;
    }
    expect(found, "an article with a claim link").not.toBeNull();
    const { block, claim } = found!;
    const text = content.articles.find((candidate) => candidate.slug === found!.slug)!.blocks.find((candidate) => candidate.id === block)!.text;
    const sentences = sentencesOf(text);
    const target = sentences.findIndex((sentence) => sentence.includes(claim.slice(0, 20)));
    expect(target).toBeGreaterThanOrEqual(0);

    await page.getByRole("button", { name: "Écouter le texte" }).click();
    await page.getByRole("button", { name: `Lire à partir du paragraphe ${block.slice(1)}`, exact: true }).click();
    for (let index = 0; index < target; index += 1) await endSentence(page);
    await expect.poll(() => reading(page)).toBe(sentences[target]);
    expect(await page.locator(`[data-text="${block}"]`).evaluate((element) => element.textContent)).toBe(text);
  });

  test("in English, the controls are in English and the French text is read in French", async ({ page, expectAccessible }) => {
    await page.addInitScript(fakeSpeech, FRENCH_VOICE);
    await page.goto(path("en"));
    await page.getByRole("button", { name: "Listen to the text" }).click();
    const player = page.getByRole("region", { name: "Read aloud" });
    await expect(player.getByRole("status")).toHaveText("Reading paragraph 1.");
    await expect(player.getByRole("button", { name: "0.75 times normal speed" })).toBeVisible();
    expect((await saidLog(page))[0]?.lang).toBe("fr");
    await player.getByRole("button", { name: "Pause" }).click();
    await expect(player.getByRole("status")).toHaveText("Paused at paragraph 1.");
    await expectAccessible(page);
  });

  test("with the translation shown, each paragraph is read in French, then its translation in English, highlighted there", async ({ page }) => {
    await page.addInitScript(fakeSpeech, FRENCH_VOICE);
    await page.goto(path("en"));
    await page.getByRole("button", { name: "Listen to the text" }).click();
    const french = sentencesOf(blockText("p1"));
    /** Lets the voice say each French sentence of p1 to its end. */
    const sayFrench = async () => {
      for (const sentence of french) {
        await expect.poll(() => reading(page)).toBe(sentence);
        await endSentence(page);
      }
    };
    await sayFrench();
    const english = sentencesOf(article.translation.blocks.p1!.text);
    await expect.poll(() => reading(page)).toBe(english[0]);
    expect((await saidLog(page)).at(-1)).toEqual({ text: english[0], lang: "en", rate: 1, voice: "Fake English" });
    // The original only: nothing English is read.
    await page.getByRole("button", { name: "Close read-aloud" }).click();
    await page.getByRole("group", { name: "Text" }).getByText("Original only", { exact: true }).click();
    await page.getByRole("button", { name: "Listen to the text" }).click();
    await sayFrench();
    await expect.poll(async () => (await saidLog(page)).at(-1)?.text).toBe(sentencesOf(blockText("p2"))[0]);
  });

  test("opened by a client-side navigation, the reader's header and text arrive (one fetch for all the page's islands) and are read", async ({ page }) => {
    await page.addInitScript(fakeSpeech, FRENCH_VOICE);
    await page.goto("/fr");
    const copies: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).pathname === path("fr") && request.headers().accept === "text/html") copies.push(request.url());
    });
    await page
      .locator(`a[href="${path("fr")}"]`)
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`${path("fr")}$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText(article.title.fr.slice(0, 20));
    await expect(page.locator('[data-text="p1"]')).toHaveText(blockText("p1"));
    expect(copies).toHaveLength(1);
    await page.getByRole("button", { name: "Écouter le texte" }).click();
    await expect.poll(() => reading(page)).toBe(sentencesOf(blockText("p1"))[0]);
  });

  for (const [locale, note] of [
    ["fr", "Lecture à voix haute indisponible\u00a0: ce navigateur n'a pas de voix française."],
    ["en", "Read-aloud unavailable: this browser has no French voice."],
  ] as const) {
    test(`with no French voice, the control is hidden and a note says why (${locale})`, async ({ page }) => {
      await page.addInitScript(fakeSpeech, [{ lang: "en-US", name: "Fake English" }]);
      await page.goto(path(locale));
      await expect(page.getByText(note)).toBeVisible();
      await expect(page.getByRole("button", { name: locale === "fr" ? "Écouter le texte" : "Listen to the text" })).toHaveCount(0);
    });
  }

  test("without the CSS Custom Highlight API, the paragraph being read is marked instead, its text untouched", async ({ page }) => {
    await page.addInitScript(() => {
      delete (CSS as { highlights?: unknown }).highlights;
    });
    await page.addInitScript(fakeSpeech, FRENCH_VOICE);
    await page.goto(path("fr"));
    expect(await page.evaluate(() => "highlights" in CSS)).toBe(false);
    const nodes = () => page.locator('[data-text="p2"]').evaluate((element) => [element.childNodes.length, element.textContent]);
    const before = await nodes();
    expect(before[1]).toBe(blockText("p2"));
    await page.getByRole("button", { name: "Écouter le texte" }).click();
    await expect(page.locator("#p1")).toHaveAttribute("data-reading", "");
    await page.getByRole("button", { name: "Lire à partir du paragraphe 2", exact: true }).click();
    await expect(page.locator("#p2")).toHaveAttribute("data-reading", "");
    await expect(page.locator("[data-reading]")).toHaveCount(1);
    expect(await nodes()).toEqual(before);
  });
});

import { contentPromise, expect, test } from "./fixtures";
import { shareClassroom, type Classroom } from "./classroom-helpers";
import { printToPdf, squash } from "./print";

/**
 * Paper before the lesson: the answer key and the worksheet of the longest article, printed to
 * PDF by Chromium on A4 as a teacher's browser prints them. The key fits on 6 pages (issue 25's
 * limit, held since the calibration and lateral-reading questions came), a worksheet of 6
 * questions on 8 with every paragraph number; what prints is checked in the page rendered for
 * print, and in the PDF's own text when poppler's pdftotext is installed. Only the teacher
 * reads them: a student and a visitor are refused.
 */

test.describe.configure({ mode: "serial", timeout: 180_000 });

const content = await contentPromise;
const SLUG = "cheval-de-troie-us";
const article = content.articles.find((candidate) => candidate.slug === SLUG)!;
const questions = content.questionSets[SLUG]!.questions;
const spans = content.annotations[SLUG]!.spans;
/** Six questions, one of each kind the worksheet draws differently. */
const CHOSEN = ["before-trust", "source-who", "evidence-passages", "figure-damage", "language-techniques", "after-change"];
const numbers = article.blocks.flatMap((block) => (block.number === null ? [] : [block.number]));

let room: Classroom;
shareClassroom(article, "before-knowledge", (value) => (room = value));

/** The start of a prompt as print shows it: enough words to be sure, none that a line break could split oddly. */
const opening = (text: string) => squash(text).split(" ").slice(0, 6).join(" ");

test("the answer key of the longest article: one click from the class, every question with its reference, rubric and annotation, on 6 A4 pages at most", async ({
  expectAccessible,
}) => {
  const page = await room.personas.teacherA.newPage();
  await page.goto(`/fr/teach/classes/${room.classId}`);
  await page.getByRole("link", { name: `Corrigé : ${article.title.fr}` }).click();
  await expect(page).toHaveURL(new RegExp(`/fr/teach/guides/${SLUG}/key$`));
  await expect(page.getByRole("button", { name: "Imprimer" })).toBeVisible();
  await expectAccessible(page);

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Imprimer" })).toBeHidden();
  await expect(page.locator("body > header")).toBeHidden();
  await expect(page.locator("body > footer")).toBeHidden();
  const items = page.locator("[data-question]");
  await expect(items).toHaveCount(questions.length);
  for (const [index, question] of questions.entries()) {
    const item = items.nth(index);
    await expect(item.getByRole("heading", { level: 3 })).toHaveText(squash(question.fr.prompt));
    await expect(item).toContainText(squash(question.fr.teacherNotes).slice(0, 80));
    // The rubric's four levels, open on paper.
    for (const level of content.rubrics[SLUG]!.questions[question.key]!) await expect(item).toContainText(squash(level.fr).slice(0, 60));
    if (question.type === "single" || question.type === "multiple") {
      await expect(item).toContainText(squash(question.reference.fr).slice(0, 80));
      await expect(item.getByText("réponse de référence", { exact: true })).toHaveCount(question.reference.answer.length);
    }
  }
  // The reference annotation: each passage quoted with its paragraph and technique, not the whole text.
  const annotation = page.locator(".reference-annotation li");
  await expect(annotation).toHaveCount(spans.length);
  await expect(annotation.first()).toBeVisible();
  const first = spans.find((span) => span.block !== "title")!;
  await expect(page.locator(`.reference-annotation li[data-block="${first.block}"]`).first()).toContainText(`§ ${first.block.slice(1)} ·`);
  await expect(page.locator("[data-paragraph]")).toHaveCount(0);

  const { pages, text } = await printToPdf(page, "key-fr");
  expect(pages, "A4 pages of the answer key").toBeGreaterThan(0);
  expect.soft(pages, "A4 pages of the answer key").toBeLessThanOrEqual(6);
  if (text !== null) for (const question of questions) expect(text, question.key).toContain(opening(question.fr.prompt));
});

test("a worksheet of 6 chosen questions of the longest article: the whole text with every paragraph number, room to answer, on 8 A4 pages at most", async ({
  expectAccessible,
}) => {
  const page = await room.personas.teacherA.newPage();
  await page.goto(`/fr/teach/guides/${SLUG}/worksheet?questions=${CHOSEN.join(",")}`);
  await expect(page.getByRole("group", { name: /Questions de la fiche/ })).toContainText(`6 questions sur ${questions.length}`);
  await expectAccessible(page);

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("group", { name: /Questions de la fiche/ })).toBeHidden();
  const printed = page.locator("[data-question]");
  await expect(printed).toHaveCount(CHOSEN.length);
  for (const [index, key] of CHOSEN.entries()) {
    const question = questions.find((candidate) => candidate.key === key)!;
    await expect(printed.nth(index).getByRole("heading", { level: 3 })).toHaveText(squash(question.fr.prompt));
    await expect(printed.nth(index)).toBeVisible();
  }
  // Room to answer, by kind: boxes for choices, the scale to circle, rows for passages and tags.
  await expect(page.locator('[data-question="source-who"] .paper-box')).toHaveCount(
    questions.find((question) => question.key === "source-who")!.type === "multiple" ? 5 : 0,
  );
  await expect(page.locator('[data-question="before-trust"] .paper-scale-step')).toHaveCount(5);
  await expect(page.locator('[data-question="language-techniques"] tbody tr')).toHaveCount(8);
  await expect(page.locator('[data-question="after-change"] .paper-line')).not.toHaveCount(0);
  // The article verbatim, every paragraph with its number, visible on paper.
  const paragraphs = page.locator("[data-paragraph] > a");
  await expect(paragraphs).toHaveCount(numbers.length);
  expect((await paragraphs.allTextContents()).map(Number)).toEqual(numbers);
  for (const number of [numbers[0]!, numbers[Math.floor(numbers.length / 2)]!, numbers.at(-1)!]) {
    await expect(page.locator(`#p${number} > a`)).toBeVisible();
  }
  await expect(page.getByText(article.meta.author.signed!, { exact: true }).first()).toBeVisible();

  const { pages, text } = await printToPdf(page, "worksheet-fr");
  expect(pages, "A4 pages of the worksheet").toBeGreaterThan(0);
  expect.soft(pages, "A4 pages of the worksheet").toBeLessThanOrEqual(8);
  if (text !== null) {
    for (const key of CHOSEN) expect(text, key).toContain(opening(questions.find((question) => question.key === key)!.fr.prompt));
    const last = article.blocks.at(-1)!;
    expect(text).toContain(opening(last.text));
  }
});

test("the assignment's worksheet: every question of its article, the class code and where to join; the key one click away", async () => {
  const page = await room.personas.teacherA.newPage();
  await page.goto(`/fr/teach/classes/${room.classId}/assignments/${room.assignmentId}`);
  await expect(page.getByRole("link", { name: "Corrigé", exact: true })).toHaveAttribute("href", `/fr/teach/guides/${SLUG}/key`);
  await page.getByRole("link", { name: "Fiche à imprimer", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/assignments/${room.assignmentId}/worksheet$`));
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("[data-question]")).toHaveCount(questions.length);
  const online = page.locator(".paper-online");
  await expect(online).toBeVisible();
  await expect(online).toContainText(room.code);
  await expect(online).toContainText(/https?:\/\/[^ ]+\/fr\/join/);
  await expect(page.getByText(`Classe : ${room.className}`)).toBeVisible();
  for (const nav of await page.locator("nav").all()) await expect(nav).toBeHidden();
  const { pages } = await printToPdf(page, "assignment-worksheet-fr");
  expect(pages).toBeGreaterThan(0);
});

test("in English: the key and a worksheet, as short on paper", async () => {
  const page = await room.personas.teacherA.newPage();
  await page.goto(`/en/teach/guides/${SLUG}/key`);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("[data-question] h3")).toHaveText(questions.map((question) => squash(question.en.prompt)));
  await expect(page.getByText("Answer key", { exact: true })).toBeVisible();
  const key = await printToPdf(page, "key-en");
  expect.soft(key.pages, "A4 pages of the answer key").toBeLessThanOrEqual(6);

  await page.goto(`/en/teach/guides/${SLUG}/worksheet?questions=${CHOSEN.join(",")}`);
  await expect(page.locator("[data-question] h3")).toHaveText(CHOSEN.map((key) => squash(questions.find((question) => question.key === key)!.en.prompt)));
  await expect(page.locator("[data-paragraph] > a")).toHaveCount(numbers.length);
  const worksheet = await printToPdf(page, "worksheet-en");
  expect.soft(worksheet.pages, "A4 pages of the worksheet").toBeLessThanOrEqual(8);
  if (worksheet.text !== null) expect(worksheet.text).toContain("Circle one number.");
});

test("without JavaScript the pages work: no print button, and the worksheet's questions are chosen with the form", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await room.personas.teacherA.storageState() });
  const page = await context.newPage();
  await page.goto(`/fr/teach/guides/${SLUG}/worksheet`);
  await expect(page.locator("[data-question]")).toHaveCount(questions.length);
  await expect(page.getByRole("button", { name: "Imprimer" })).toHaveCount(0);
  const form = page.getByRole("group", { name: /Questions de la fiche/ });
  for (const question of questions) {
    if (!["main-claim", "after-trust"].includes(question.key)) await form.getByRole("checkbox", { name: squash(question.fr.prompt) }).uncheck();
  }
  await page.getByRole("button", { name: "Mettre à jour la fiche" }).click();
  await expect(page).toHaveURL(/questions=main-claim&questions=after-trust$/);
  await expect(page.locator("[data-question]")).toHaveCount(2);
  await expect(page.locator("[data-question] h3").first()).toHaveText(squash(questions.find((question) => question.key === "main-claim")!.fr.prompt));
  await context.close();
});

test("a student and a visitor are refused the key and both worksheets; another teacher, the class's worksheet", async () => {
  const paths = [
    `/fr/teach/guides/${SLUG}/key`,
    `/en/teach/guides/${SLUG}/worksheet?questions=${CHOSEN.join(",")}`,
    `/fr/teach/classes/${room.classId}/assignments/${room.assignmentId}/worksheet`,
  ];
  const secret = squash(questions.find((question) => question.type === "multiple")!.reference.fr).slice(0, 60);
  for (const path of paths) {
    const locale = path.slice(1, 3);
    for (const persona of ["anonymous", "guest"] as const) {
      const response = await room.personas[persona].request.get(path, { maxRedirects: 0 });
      expect(response.status(), `${path} as ${persona}`).toBe(307);
      // The way back keeps the address's query (its commas as the request sent them, %2C).
      expect(response.headers().location, `${path} as ${persona}`).toContain(`/${locale}/sign-in/teacher?next=${encodeURIComponent(path.split("?")[0]!)}`);
    }
    const student = await room.personas.studentA.request.get(path, { maxRedirects: 0 });
    expect(student.status(), `${path} as a student`).toBe(307);
    expect(student.headers().location, `${path} as a student`).toBe(`/${locale}/not-found`);
    expect(await student.text()).not.toContain(secret);
  }
  const other = await room.personas.teacherB.request.get(paths[2]!, { maxRedirects: 0 });
  expect(other.headers().location).toBe("/fr/not-found");
  expect((await room.personas.teacherB.request.get(paths[0]!)).status()).toBe(200);
  // Followed, a refusal is the whole "not found" page, and nothing of the key.
  const page = await room.personas.studentA.newPage();
  await page.goto(paths[0]!);
  await expect(page).toHaveURL(/\/fr\/not-found$/);
  await expect(page.locator("body")).not.toContainText(secret);
});

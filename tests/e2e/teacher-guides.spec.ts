import type { BrowserContext, Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { createClass, giveAssignment, joinClass, signUpTeacher } from "./classroom-helpers";
import { contentPromise, expect, test } from "./fixtures";

/**
 * Teachers' guides (app/[locale]/(teacher)/teach/guides): a teacher reaches an article's guide from
 * the class page in one click, in French and in English, and reads its sections; the reader links
 * to it for a teacher only and stays the same page for everyone. The guide holds the expected
 * answers: a student reads "not found", a visitor without an account is sent to the sign-in.
 */

test.describe.configure({ mode: "serial", timeout: 120_000 });

const content = await contentPromise;
const article = content.articles[1]!;
const guide = content.guides[article.slug]!;
const guidePath = (locale: "fr" | "en") => `/${locale}/teach/guides/${article.slug}`;

const SECTIONS = {
  fr: [
    "Objectifs",
    "Déroulé en 55 minutes",
    "Variante en deux séances",
    "À savoir avant la séance",
    "Idées reçues des élèves, et comment y répondre",
    /^Prolongement/,
    "Les questions, dans l'ordre du devoir",
  ],
  en: [
    "Objectives",
    "The lesson in 55 minutes",
    "Two-lesson variant",
    "What to know before class",
    "Students' misconceptions, and how to answer them",
    /^Extension/,
    "The questions, in the assignment's order",
  ],
} as const;

let teacher: BrowserContext;
let student: BrowserContext;
let visitor: BrowserContext;
let classId: string;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  [teacher, student, visitor] = await Promise.all([browser.newContext(), browser.newContext(), browser.newContext()]);
  const page = await teacher.newPage();
  await signUpTeacher(page);
  const created = await createClass(page, `Guides ${randomBytes(3).toString("hex")}`);
  classId = created.classId;
  await giveAssignment(page, classId, article.title.fr, "Quand vous publiez le corrigé");
  await joinClass(await student.newPage(), created.code, "Léa");
});

test.afterAll(async () => {
  await Promise.all([teacher, student, visitor].map((context) => context?.close()));
});

async function expectGuide(page: Page, locale: "fr" | "en") {
  await expect(page).toHaveURL(new RegExp(`${guidePath(locale)}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title[locale]);
  const sections = page.getByRole("heading", { level: 2 });
  await expect(sections).toHaveText([...SECTIONS[locale]]);
  // One heading per step of the plan, and the guide's own words under them.
  await expect(page.getByRole("region", { name: SECTIONS[locale][1] }).getByRole("heading", { level: 3 })).toHaveCount(guide.plan.length);
  await expect(page.getByRole("region", { name: SECTIONS[locale][1] }).getByRole("heading", { level: 3 }).first()).toContainText(guide.plan[0]![locale].title);
}

test("a teacher opens an article's guide from the class page in one click, in French", async ({ expectAccessible }) => {
  const page = await teacher.newPage();
  await page.goto(`/fr/teach/classes/${classId}`);
  // From the assignment's card (the table "before the lesson" has the same link: assignment-scope.spec.ts).
  await page
    .getByRole("region", { name: "Devoirs" })
    .getByRole("link", { name: `Guide de l'enseignant : ${article.title.fr}` })
    .click();
  await expectGuide(page, "fr");
  await expect(page.getByText("Contient les réponses attendues")).toBeVisible();
  await expectAccessible(page);
  await page.close();
});

test("and in English", async ({ expectAccessible }) => {
  const page = await teacher.newPage();
  await page.goto(`/en/teach/classes/${classId}`);
  await page
    .getByRole("region", { name: "Assignments" })
    .getByRole("link", { name: `Teacher's guide: ${article.title.en}` })
    .click();
  await expectGuide(page, "en");
  // The programme's official French title stays French, marked so for a screen reader's voice.
  await expect(page.locator('[lang="fr"]', { hasText: "S'informer : un regard critique sur les sources" }).first()).toBeVisible();
  await expectAccessible(page);
  await page.close();
});

test("each assignment screen and the teacher's bar lead to the guides", async () => {
  const page = await teacher.newPage();
  await page.goto(`/fr/teach/classes/${classId}`);
  await page.getByRole("link", { name: article.title.fr, exact: true }).click();
  await expect(page).toHaveURL(/\/assignments\/[^/]+$/);
  await page.getByRole("link", { name: "Guide de l'enseignant" }).click();
  await expectGuide(page, "fr");
  await page.getByRole("navigation", { name: "Espace enseignant" }).getByRole("link", { name: "Guides" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Guides de l'enseignant");
  // Every article's guide and the comparison's.
  await expect(page.getByRole("heading", { level: 2 })).toHaveCount(content.articles.length + 1);
  await page.close();
});

test("a student reads “not found” and a visitor without an account is sent to the sign-in; neither gets the guide", async () => {
  const answer = guide.misconceptions[0]!.fr.answer.slice(0, 40);
  for (const path of [guidePath("fr"), "/fr/teach/guides"]) {
    const asStudent = await student.request.get(path, { maxRedirects: 0 });
    expect(asStudent.status(), path).toBe(307);
    expect(asStudent.headers().location, path).toBe("/fr/not-found");
    expect(await asStudent.text()).not.toContain(answer);

    const asVisitor = await visitor.request.get(path, { maxRedirects: 0 });
    expect(asVisitor.status(), path).toBe(307);
    expect(asVisitor.headers().location, path).toBe(`/fr/sign-in/teacher?next=${encodeURIComponent(path)}`);
    expect(await asVisitor.text()).not.toContain(answer);
  }
  const studentPage = await student.newPage();
  await studentPage.goto(guidePath("en"));
  await expect(studentPage.getByRole("heading", { level: 1 })).not.toHaveText(article.title.en);
  await expect(studentPage.getByText("Contains the expected answers")).toHaveCount(0);
  const visitorPage = await visitor.newPage();
  await visitorPage.goto(guidePath("fr"));
  await expect(visitorPage).toHaveURL(/\/fr\/sign-in\/teacher\?next=/);
});

test("a guide that does not exist reads “not found”, for a teacher too", async () => {
  // "constructor": a name every JavaScript object answers to, which must not pass for a guide.
  for (const slug of ["no-such-guide", "constructor"]) {
    const response = await teacher.request.get(`/fr/teach/guides/${slug}`, { maxRedirects: 0 });
    expect(response.status(), slug).toBe(307);
    expect(response.headers().location, slug).toBe("/fr/not-found");
  }
});

test("the reader links to the guide for a teacher only, and stays the same page for everyone", async () => {
  const reader = `/fr/articles/${article.slug}`;
  const teacherPage = await teacher.newPage();
  await teacherPage.goto(reader);
  await teacherPage.getByRole("link", { name: "Guide de l'enseignant" }).click();
  await expectGuide(teacherPage, "fr");

  for (const [context, account] of [
    [student, "student"],
    [visitor, "none"],
  ] as const) {
    const page = await context.newPage();
    const asked = page.waitForResponse((response) => response.url().endsWith("/api/session"));
    await page.goto(reader);
    await asked;
    // The header and the link learn who is reading from the same answer: once it is painted, the link would be there.
    await expect(page.getByRole("banner").locator(`[data-account=${account}]`)).toBeAttached();
    await page.evaluate(() => new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted))));
    await expect(page.getByRole("link", { name: "Guide de l'enseignant" })).toHaveCount(0);
    await page.close();
  }
  // Prerendered: the teacher is sent the very page a visitor gets.
  const [asTeacher, asVisitor] = await Promise.all([teacher.request.get(reader), visitor.request.get(reader)]);
  expect(asTeacher.headers().etag).toBeTruthy();
  expect(asTeacher.headers().etag).toBe(asVisitor.headers().etag);
});

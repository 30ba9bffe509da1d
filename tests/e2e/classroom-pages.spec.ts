import type { BrowserContext, Page } from "@playwright/test";
import { contentPromise, expect, test } from "./fixtures";
import { alertOf, shareClassroom, type Classroom } from "./classroom-helpers";

/**
 * Every page this work added, in French and English, on a laptop and a 390 px phone: no serious or
 * critical accessibility violation (axe), and nothing wider than the screen. Also the roster paste,
 * whose printable slips show each new student's password once.
 */

test.describe.configure({ mode: "serial", timeout: 240_000 });

const content = await contentPromise;
const article = content.articles[3]!;
const question = content.questionSets[article.slug]!.questions.find((candidate) => candidate.type === "open")!;
let room: Classroom;

shareClassroom(article, question.key, (value) => (room = value));

const pages = (locale: string): Array<[keyof Classroom["personas"], string]> => [
  ["anonymous", `/${locale}/sign-in`],
  ["anonymous", `/${locale}/sign-in/teacher`],
  ["anonymous", `/${locale}/sign-up`],
  ["anonymous", `/${locale}/forgot-password`],
  ["anonymous", `/${locale}/join`],
  ["anonymous", `/${locale}/privacy`],
  ["guest", `/${locale}/my-work`],
  ["teacherA", `/${locale}/teach`],
  ["teacherA", `/${locale}/teach/account`],
  ["teacherA", `/${locale}/teach/classes/${room.classId}`],
  ["teacherA", `/${locale}/teach/classes/${room.classId}/code`],
  ["teacherA", `/${locale}/teach/classes/${room.classId}/students`],
  ["teacherA", `/${locale}/teach/classes/${room.classId}/assignments/new`],
  ["teacherA", `/${locale}/teach/classes/${room.classId}/slips`],
  ["teacherA", `/${locale}/teach/classes/${room.classId}/assignments/${room.assignmentId}/copy`],
  ["studentA", `/${locale}/my-work`],
];

async function checkPage(context: BrowserContext, path: string, width: number, expectAccessible: ((page: Page) => Promise<void>) | null) {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  if (expectAccessible) await expectAccessible(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${path} at ${width} px`).toBeLessThanOrEqual(0);
  await page.close();
}

for (const locale of ["fr", "en"]) {
  test(`every new page in ${locale} is accessible and fits a laptop and a phone`, async ({ expectAccessible }) => {
    for (const [persona, path] of pages(locale)) {
      await checkPage(room.personas[persona], path, 1366, expectAccessible);
      // Students and visitors mostly come on a phone: axe there too; the teacher's pages are checked for width.
      await checkPage(room.personas[persona], path, 390, persona.startsWith("teacher") ? null : expectAccessible);
    }
  });
}

test("the results of submitted work wait for the teacher, accessibly", async ({ db, expectAccessible }) => {
  await db.query(`UPDATE "Attempt" SET status = 'SUBMITTED', "submittedAt" = now() WHERE id = $1`, [room.attemptId]);
  for (const locale of ["fr", "en"]) await checkPage(room.personas.studentA, `/${locale}/my-work/${room.attemptId}`, 390, expectAccessible);
});

test("a pasted roster makes every account at once and prints a slip per student", async ({ expectAccessible }) => {
  const page = await room.personas.teacherA.newPage();
  await page.goto(`/fr/teach/classes/${room.classId}/students`);
  await page.getByLabel("Prénoms, un par ligne").fill("Inès\nHugo\n\nNoé M.");
  await page.getByRole("button", { name: "Créer les comptes" }).click();
  const slips = page.locator(".slip");
  await expect(slips).toHaveCount(3);
  await expect(slips.nth(1)).toContainText("Hugo");
  await expect(slips.nth(1)).toContainText(room.code);
  await expect(slips.nth(1).locator("dd").last()).toHaveText(/^[a-z]+(-[a-z]+){3}$/);
  await expectAccessible(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Imprimer" })).toBeHidden();
  await expect(page.locator("header").first()).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  await page.getByLabel("Prénoms, un par ligne").fill("hugo");
  await page.getByRole("button", { name: "Créer les comptes" }).click();
  await expect(alertOf(page)).toContainText("Ligne 1 : « Hugo » est déjà dans la classe");
  await expect(page.getByLabel("Prénoms, un par ligne")).toHaveValue("hugo");
  // The slips made before are still there: their passwords are shown only once.
  await expect(slips).toHaveCount(3);
  await page.close();
});

// Issue: 30 names with "Léa" twice were all refused, the box emptied, one line named, in words for a student.
test("a pasted list with problems stays in the box, every problem line is named, and the valid ones can be created", async ({ expectAccessible }) => {
  const page = await room.personas.teacherA.newPage();
  await page.goto(`/fr/teach/classes/${room.classId}/students`);
  const names = Array.from({ length: 30 }, (_, index) => `Élève ${String.fromCharCode(65 + (index % 26))}${index}`);
  names[4] = "Maëlle";
  names[21] = "maelle";
  names[9] = "paul@example.org";
  const text = names.join("\n");
  const box = page.getByLabel("Prénoms, un par ligne");
  await box.fill(text);
  await page.getByRole("button", { name: "Créer les comptes", exact: true }).click();
  const problems = page.locator("#roster-problems");
  await expect(problems).toContainText("3 lignes sont à revoir : personne n'a encore été inscrit.");
  await expect(problems).toBeFocused();
  await expect(problems).toContainText("Lignes 5 et 22 : « Maëlle » est écrit deux fois");
  await expect(problems).toContainText("« Maëlle M. » et « Maëlle B. »");
  await expect(problems).toContainText("Ligne 10 : « paul@example.org » ressemble à une adresse e-mail");
  await expect(problems).not.toContainText("connectez-vous");
  await expect(box).toHaveValue(text);
  await expect(page.locator(".slip")).toHaveCount(0);
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("paste-error.png"), fullPage: true });

  await page.getByRole("button", { name: "Créer les 27 élèves sans problème" }).click();
  await expect(page.locator(".slip")).toHaveCount(27);
  await expect(box).toHaveValue("Maëlle\npaul@example.org\nmaelle");
  await expect(problems).toContainText("27 comptes créés");
  await expect(problems).toContainText("Lignes 1 et 3 : « Maëlle » est écrit deux fois");

  await box.fill("Maëlle M.\nPaul\nMaëlle B.");
  await page.getByRole("button", { name: "Créer les comptes", exact: true }).click();
  await expect(page.locator(".slip")).toHaveCount(30);
  await expect(problems).toHaveCount(0);
  await expect(box).toHaveValue("");
  await page.close();
});

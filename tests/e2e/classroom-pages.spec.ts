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
  ["anonymous", `/${locale}/join`],
  ["anonymous", `/${locale}/privacy`],
  ["guest", `/${locale}/my-work`],
  ["teacherA", `/${locale}/teach`],
  ["teacherA", `/${locale}/teach/account`],
  ["teacherA", `/${locale}/teach/classes/${room.classId}`],
  ["teacherA", `/${locale}/teach/classes/${room.classId}/code`],
  ["teacherA", `/${locale}/teach/classes/${room.classId}/students`],
  ["teacherA", `/${locale}/teach/classes/${room.classId}/assignments/new`],
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
  await expect(alertOf(page)).toContainText("Ce nom est déjà pris dans cette classe");
  await expect(alertOf(page)).toContainText("hugo");
  await page.close();
});

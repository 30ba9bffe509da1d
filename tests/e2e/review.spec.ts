import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { answersReady, contentPromise, expect, test } from "./fixtures";
import { createClass, giveAssignment, joinClass, signUpTeacher } from "./classroom-helpers";

/**
 * The teacher's review, end to end in Chromium: the class page leads to the live progress grid,
 * which follows a student's saves without a reload; a cell opens that answer; review by question
 * shows the answers as text (never markup); feedback and a score typed with the keyboard survive
 * a reload as a draft the student cannot see; once released, the student reads them on their
 * results page. Every new page passes axe (French, and the progress page in English).
 */

test.describe.configure({ timeout: 300_000 });

const content = await contentPromise;
const article = content.articles[3]!;
const open = content.questionSets[article.slug]!.questions.filter((question) => question.type === "open");
const [first, second] = [open[0]!, open[1]!];
const XSS = `<img src=x onerror="window.__xss=1"> javascript:window.__xss=2`;

const saveAs = (page: Page, assignmentId: string, question: string, text: string) =>
  page.request.post("/api/answers", {
    data: { article: article.slug, question, assignmentId, value: { text }, baseRevision: 0, saveId: `save-${randomBytes(6).toString("hex")}` },
  });

test("a teacher follows the class, reviews by question, gives feedback with the keyboard and releases it to the student", async ({
  page,
  browser,
  expectAccessible,
}) => {
  await signUpTeacher(page);
  const { classId, code } = await createClass(page, "3e C");
  await giveAssignment(page, classId, article.title.fr, "Dès qu'il rend son travail");
  const studentContext = await browser.newContext();
  const student = await studentContext.newPage();
  await joinClass(student, code, "Léa");
  const href = await student.getByRole("region", { name: "Mes devoirs" }).getByRole("link", { name: "Commencer" }).getAttribute("href");
  const assignmentId = new URL(href!, "http://x").searchParams.get("assignment")!;
  expect((await saveAs(student, assignmentId, first.key, XSS)).status()).toBe(200);

  // Class page → assignment: the live grid.
  await page.goto(`/fr/teach/classes/${classId}`);
  await page.getByRole("link", { name: article.title.fr, exact: true }).click();
  await expect(page).toHaveURL(`/fr/teach/classes/${classId}/assignments/${assignmentId}`);
  await expect(page.getByRole("heading", { name: "Avancement de la classe" })).toBeVisible();
  const firstNumber = content.questionSets[article.slug]!.questions.indexOf(first) + 1;
  const secondNumber = content.questionSets[article.slug]!.questions.indexOf(second) + 1;
  await expect(page.getByRole("link", { name: `Léa, question ${firstNumber} : Répondu` })).toBeVisible();
  await expect(page.getByRole("link", { name: `Léa, question ${secondNumber} : En cours` })).toBeVisible();
  await expectAccessible(page);

  // The student goes on; the grid follows without a reload.
  expect((await saveAs(student, assignmentId, second.key, "Deuxième réponse.")).status()).toBe(200);
  await expect(page.getByRole("link", { name: `Léa, question ${secondNumber} : Répondu` })).toBeVisible({ timeout: 10_000 });

  // The student hands the work in through the reader.
  await student.goto(`/fr/articles/${article.slug}?assignment=${assignmentId}`);
  await answersReady(student);
  await student.getByRole("button", { name: "Rendre mon travail" }).click();
  await student.getByRole("dialog").getByRole("button", { name: "Rendre", exact: true }).click();
  await expect(student).toHaveURL(/\/fr\/my-work\/[^/]+$/);
  const resultsUrl = student.url();
  await expect(page.getByRole("link", { name: `Léa, question ${firstNumber} : Rendu` })).toBeVisible({ timeout: 10_000 });

  // A cell opens that answer on the student's page (the second click from the class page).
  await page.getByRole("link", { name: `Léa, question ${firstNumber} : Rendu` }).click();
  await expect(page).toHaveURL(new RegExp(`/students/[^/]+#answer-${first.key}$`));
  await expect(page.getByRole("heading", { name: "Léa" })).toBeVisible();
  await expectAccessible(page);

  // Review by question: the answer as text, nothing of it run.
  await page.getByRole("navigation", { name: "Écrans du devoir" }).getByRole("link", { name: "Par question" }).click();
  await expect(page).toHaveURL(new RegExp(`/questions/${content.questionSets[article.slug]!.questions[0]!.key}$`));
  await page.goto(`/fr/teach/classes/${classId}/assignments/${assignmentId}/questions/${first.key}`);
  await expect(page.getByText(XSS)).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await expect(page.locator('main img[src="x"]')).toHaveCount(0);
  await expect(page.locator('main a[href^="javascript:"]')).toHaveCount(0);
  await expectAccessible(page);

  // Feedback with the keyboard only: the comment, then back to the score (Sans note → 0 → 1 → 2).
  const comment = page.getByLabel("Commentaire pour Léa");
  await comment.focus();
  await page.keyboard.type("Bonne citation, expliquez-la.");
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("radio", { name: /^2 – / })).toBeChecked();
  await expect(page.locator(`[data-feedback] [role=status]`).first()).toContainText("Enregistré", { timeout: 10_000 });
  await page.waitForTimeout(1_500);
  await expect(page.locator(`[data-feedback] [role=status]`).first()).toContainText("Enregistré");

  // The draft survives a reload…
  await page.reload();
  await expect(page.getByLabel("Commentaire pour Léa")).toHaveValue("Bonne citation, expliquez-la.");
  await expect(page.getByRole("radio", { name: /^2 – / })).toBeChecked();

  // …and the student does not see it before it is released.
  await student.goto(resultsUrl);
  await expect(student.getByText("Bonne citation, expliquez-la.")).toHaveCount(0);
  await expect(student.locator("[data-teacher-feedback]")).toHaveCount(0);

  // Projection: no names, one answer at a time.
  await page.goto(`/fr/teach/classes/${classId}/assignments/${assignmentId}/questions/${first.key}?mode=projection`);
  await expect(page.getByRole("heading", { name: /^Élève \d+$/ })).toBeVisible();
  await expect(page.getByRole("main").getByText("Léa")).toHaveCount(0);
  await expectAccessible(page);

  // Release everything from the progress page; the student reads it beside their answer.
  await page.goto(`/fr/teach/classes/${classId}/assignments/${assignmentId}`);
  await page.getByRole("button", { name: "Publier tous les commentaires" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Confirmer" }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await student.goto(resultsUrl);
  const feedback = student.locator("[data-teacher-feedback]");
  await expect(feedback).toContainText("Bonne citation, expliquez-la.");
  await expect(feedback).toContainText("Note : 2 sur 3");
  await expectAccessible(student);

  // Without JavaScript the grid is still there, server-rendered (reloading by hand refreshes it).
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const still = await noScript.newPage();
  await still.goto(`/fr/teach/classes/${classId}/assignments/${assignmentId}`);
  await expect(still.getByRole("link", { name: `Léa, question ${firstNumber} : Rendu, commentaire publié` })).toBeVisible();
  await noScript.close();

  // The progress page in English.
  await page.goto(`/en/teach/classes/${classId}/assignments/${assignmentId}`);
  await expect(page.getByRole("heading", { name: "Class progress" })).toBeVisible();
  await expectAccessible(page);
  await studentContext.close();
});

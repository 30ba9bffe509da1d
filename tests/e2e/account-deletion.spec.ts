import type { Browser, Page } from "@playwright/test";
import { alertOf, createClass, giveAssignment, joinClass, signUpTeacher, TEACHER_PASSWORD } from "./classroom-helpers";
import { answersReady, contentPromise, expect, test, typeAndSave } from "./fixtures";

/**
 * A teacher deletes their own account (issue 22): from "Mon compte", a page that says what goes
 * (each class and its students, with the way to export first) asks for their password; a wrong
 * one deletes nothing; the right one deletes the account, its classes, their students' accounts
 * and all their work, signs out, leaves nothing of it in the browser, and says so. Another
 * teacher's class is not touched.
 */

test.describe.configure({ timeout: 120_000 });

const content = await contentPromise;
const article = content.articles[1]!;
const question = content.questionSets[article.slug]!.questions.find((candidate) => candidate.type === "open")!;

const newPage = async (browser: Browser): Promise<Page> => (await browser.newContext()).newPage();

test("a teacher deletes their account, classes, students and work after confirming with their password", async ({ browser, db, expectAccessible }) => {
  const teacher = await newPage(browser);
  const email = await signUpTeacher(teacher);
  const { classId, code } = await createClass(teacher, "4e B");
  await giveAssignment(teacher, classId, article.title.fr, "Dès qu'il rend son travail");

  const student = await newPage(browser);
  await joinClass(student, code, "Inès");
  const href = await student.getByRole("region", { name: "Mes devoirs" }).getByRole("link", { name: "Commencer" }).getAttribute("href");
  await student.goto(href!);
  await answersReady(student);
  const { attemptId } = await typeAndSave(student, question.key, "Une réponse pour le devoir.");

  const other = await newPage(browser);
  const otherEmail = await signUpTeacher(other);
  const otherClass = await createClass(other, "5e A");

  const { rows: studentRows } = await db.query<{ userId: string }>(`SELECT "userId" FROM "Enrolment" WHERE "classId" = $1`, [classId]);
  const studentId = studentRows[0]!.userId;

  await teacher.goto("/fr/teach/account");
  await teacher.getByRole("link", { name: "Supprimer mon compte…" }).click();
  await expect(teacher).toHaveURL(/\/fr\/teach\/account\/delete$/);
  const page = teacher.getByRole("main");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Supprimer mon compte");
  await expect(page.getByRole("listitem").filter({ hasText: /^4e B/ })).toContainText("1 élève");
  await expect(page.getByRole("link", { name: "Exporter les réponses de 4e B" })).toHaveAttribute("href", `/fr/teach/classes/${classId}/export`);
  await expectAccessible(teacher);

  // A wrong password deletes nothing, and says so beside the form.
  await teacher.getByLabel("Votre mot de passe", { exact: true }).fill("pas-le-bon-mot-de-passe");
  await teacher.getByRole("button", { name: "Supprimer définitivement mon compte" }).click();
  await expect(alertOf(teacher)).toContainText("Ce n'est pas votre mot de passe : rien n'a été supprimé.");
  expect((await db.query(`SELECT 1 FROM "Class" WHERE id = $1`, [classId])).rowCount).toBe(1);

  // A comment typed on this browser and not yet sent, as the feedback editor keeps one.
  await teacher.evaluate(() => window.localStorage.setItem("recits:feedback:unsent", JSON.stringify({ value: "Bien vu" })));

  // The right one, sent from the keyboard.
  await teacher.getByLabel("Votre mot de passe", { exact: true }).fill(TEACHER_PASSWORD);
  await teacher.getByLabel("Votre mot de passe", { exact: true }).press("Enter");
  await expect(teacher).toHaveURL(/\/fr\/account-deleted$/);
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText("Compte supprimé");
  await expectAccessible(teacher);

  const count = async (sql: string, values: unknown[]) => (await db.query(sql, values)).rowCount;
  expect(await count(`SELECT 1 FROM "User" WHERE email = $1`, [email])).toBe(0);
  expect(await count(`SELECT 1 FROM "Class" WHERE id = $1`, [classId])).toBe(0);
  expect(await count(`SELECT 1 FROM "User" WHERE id = $1`, [studentId])).toBe(0);
  expect(await count(`SELECT 1 FROM "Attempt" WHERE id = $1`, [attemptId])).toBe(0);
  expect(await count(`SELECT 1 FROM "Session" WHERE "userId" = $1`, [studentId])).toBe(0);
  // The other teacher keeps everything.
  expect(await count(`SELECT 1 FROM "User" WHERE email = $1`, [otherEmail])).toBe(1);
  expect(await count(`SELECT 1 FROM "Class" WHERE id = $1`, [otherClass.classId])).toBe(1);

  // Signed out on this browser, nothing of the work left in its storage, and the address no longer signs in.
  expect((await teacher.context().cookies()).filter((cookie) => cookie.name.startsWith("better-auth"))).toEqual([]);
  await expect.poll(() => teacher.evaluate(() => Object.keys(window.localStorage).filter((key) => key.startsWith("recits:")))).toEqual([]);
  await teacher.goto("/fr/teach");
  await expect(teacher).toHaveURL(/\/fr\/sign-in\/teacher/);
  await teacher.getByLabel("Adresse e-mail").fill(email);
  await teacher.getByLabel("Mot de passe", { exact: true }).fill(TEACHER_PASSWORD);
  await teacher.getByRole("button", { name: "Se connecter" }).click();
  await expect(alertOf(teacher)).toBeVisible();
  await expect(teacher).toHaveURL(/\/fr\/sign-in\/teacher/);

  await Promise.all([teacher, student, other].map((each) => each.context().close()));
});

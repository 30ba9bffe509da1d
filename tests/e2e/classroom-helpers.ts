import { randomBytes } from "node:crypto";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** Steps of the classroom journeys, through the UI as a teacher or a student does them (French pages). */

export const uniqueEmail = () => `prof-${randomBytes(5).toString("hex")}@example.org`;
export const TEACHER_PASSWORD = "mot-de-passe-du-prof";

/** The page's own alert (Next.js keeps an empty one of its own for route announcements). */
export const alertOf = (page: Page) => page.getByRole("main").getByRole("alert");

/**
 * Signs a new teacher up through the form, reads the recovery codes it shows once, and goes on to
 * their classes.
 */
export async function signUpTeacherWithCodes(page: Page, email = uniqueEmail()): Promise<{ email: string; codes: string[] }> {
  await page.goto("/fr/sign-up");
  await page.getByLabel("Votre nom").fill("Mme Durand");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(TEACHER_PASSWORD);
  await page.getByRole("button", { name: "Créer le compte" }).click();
  const codes = page.getByRole("region", { name: "Vos codes de secours" }).getByRole("list", { name: "Codes de secours" }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  const shown = (await codes.allTextContents()).map((code) => code.trim());
  await page.getByRole("link", { name: "Aller à mes classes" }).click();
  await expect(page).toHaveURL(/\/fr\/teach$/);
  return { email, codes: shown };
}

/** Signs a new teacher up through the form and lands on their classes (past the recovery codes). */
export async function signUpTeacher(page: Page, email = uniqueEmail()): Promise<string> {
  return (await signUpTeacherWithCodes(page, email)).email;
}

/** Creates a class from the teacher's page; returns its id and its join code as shown. */
export async function createClass(page: Page, name: string): Promise<{ classId: string; code: string }> {
  await page.goto("/fr/teach");
  await page.getByLabel("Nom de la classe").fill(name);
  await page.getByRole("button", { name: "Créer la classe" }).click();
  await expect(page).toHaveURL(/\/fr\/teach\/classes\/[^/#]+$/);
  const classId = new URL(page.url()).pathname.split("/").pop()!;
  const code = (await page.getByRole("region", { name: "Code pour rejoindre la classe" }).locator("p.font-mono").textContent())!.trim();
  return { classId, code };
}

/** Gives the class one exercise (by its title as the form lists it) with a reveal policy (its label). */
export async function giveAssignment(page: Page, classId: string, title: string, reveal: string): Promise<string> {
  await page.goto(`/fr/teach/classes/${classId}/assignments/new`);
  await page.getByRole("checkbox", { name: title }).check();
  await page.getByRole("radio", { name: reveal }).check();
  await page.getByRole("button", { name: "Donner le devoir" }).click();
  await expect(page).toHaveURL(new RegExp(`/fr/teach/classes/${classId}#assignments$`));
  return title;
}

/** Joins a class through the form (mouse and keyboard alike); does not wait for the outcome. */
export async function fillJoinForm(page: Page, code: string, name: string, password: string) {
  await page.goto("/fr/join");
  await page.getByLabel("Code de la classe").fill(code);
  await page.getByLabel("Prénom ou surnom").fill(name);
  await page.getByLabel("Mot de passe", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Rejoindre la classe" }).click();
}

/** Joins and lands on My work. */
export async function joinClass(page: Page, code: string, name: string, password = "mot-de-passe-eleve") {
  await fillJoinForm(page, code, name, password);
  await expect(page).toHaveURL(/\/fr\/my-work$/);
}

export type Classroom = {
  classId: string;
  className: string;
  code: string;
  assignmentId: string;
  /** Student A's attempt in the assignment (one answer saved). */
  attemptId: string;
  personas: Record<"anonymous" | "guest" | "studentA" | "studentB" | "teacherA" | "teacherB", BrowserContext>;
};

/**
 * Two teachers with a class each, a student in each class, a guest and a visitor with no session,
 * each in a browser context of their own; class A has an assignment in which student A has saved.
 */
export async function setUpClassroom(browser: Browser, article: { slug: string; title: string }, questionKey: string): Promise<Classroom> {
  const personas = Object.fromEntries(
    await Promise.all(["anonymous", "guest", "studentA", "studentB", "teacherA", "teacherB"].map(async (name) => [name, await browser.newContext()])),
  ) as Classroom["personas"];
  const teacherA = await personas.teacherA.newPage();
  await signUpTeacher(teacherA);
  const className = `Classe A ${randomBytes(3).toString("hex")}`;
  const { classId, code } = await createClass(teacherA, className);
  await giveAssignment(teacherA, classId, article.title, "Quand vous publiez le corrigé");
  const teacherB = await personas.teacherB.newPage();
  await signUpTeacher(teacherB);
  const classB = await createClass(teacherB, "Classe B");
  await joinClass(await personas.studentA.newPage(), code, "Léa");
  await joinClass(await personas.studentB.newPage(), classB.code, "Inès");
  expect((await personas.guest.request.post("/api/auth/sign-in/anonymous", { data: {} })).status()).toBe(200);
  const studentPage = personas.studentA.pages()[0]!;
  const href = await studentPage.getByRole("region", { name: "Mes devoirs" }).getByRole("link", { name: "Commencer" }).getAttribute("href");
  const assignmentId = new URL(href!, "http://x").searchParams.get("assignment")!;
  const saved = await personas.studentA.request.post("/api/answers", {
    data: {
      article: article.slug,
      question: questionKey,
      assignmentId,
      value: { text: "Réponse de Léa." },
      baseRevision: 0,
      saveId: `save-${randomBytes(6).toString("hex")}`,
    },
  });
  expect(saved.status()).toBe(200);
  const { attemptId } = (await saved.json()) as { attemptId: string };
  return { classId, className, code, assignmentId, attemptId, personas };
}

/**
 * A spec's classroom, set up once before its tests (setUpClassroom, as the article's title in
 * French) and its browser contexts closed after them; `assign` receives it for the tests to use.
 */
export function shareClassroom(article: { slug: string; title: { fr: string } }, questionKey: string, assign: (room: Classroom) => void): void {
  let room: Classroom | undefined;
  test.beforeAll(async ({ browser }) => {
    test.setTimeout(240_000);
    room = await setUpClassroom(browser, { slug: article.slug, title: article.title.fr }, questionKey);
    assign(room);
  });
  test.afterAll(async () => {
    await Promise.all(Object.values(room?.personas ?? {}).map((context) => context.close()));
  });
}

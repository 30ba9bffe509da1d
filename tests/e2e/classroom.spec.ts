import { devices, type Page } from "@playwright/test";
import { answersReady, contentPromise, expect, test, typeAndSave } from "./fixtures";
import { createClass, giveAssignment, joinClass, signUpTeacher } from "./classroom-helpers";

/**
 * The classroom, as a teacher and a student meet it: a teacher signs up, makes a class and gives
 * it an article to be revealed after release; a student joins with the code on a phone, by
 * keyboard alone, and finds the assignment on My work; from there the reader says which assignment
 * the work is for, saves it for that assignment, and submits it. Then the commentary waits for the
 * teacher, who releases it.
 */

const content = await contentPromise;
const article = content.articles[1]!;
const question = content.questionSets[article.slug]!.questions.find((candidate) => candidate.type === "open")!;

/** Tabs forward until the field labelled `label` has the focus: how a keyboard user gets there. */
async function tabTo(page: Page, label: string) {
  for (let presses = 0; presses < 30; presses += 1) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLInputElement | null;
      return element?.labels?.[0]?.textContent?.trim() ?? "";
    });
    if (focused === label) return;
  }
  throw new Error(`No field labelled ${label} within 30 tabs`);
}

test("a teacher sets up a class and an assignment; a student joins on a phone and finds it", async ({ page, browser, db, expectAccessible }) => {
  test.setTimeout(180_000);
  const failures: string[] = [];
  page.on("response", (response) => response.status() >= 500 && failures.push(response.url()));

  await page.goto("/fr/sign-up");
  await expectAccessible(page);
  await signUpTeacher(page);
  await expectAccessible(page);
  const { classId, code } = await createClass(page, "4e B");
  expect(code).toMatch(/^[A-Z2-9]{3}-[A-Z2-9]{3}$/);
  await expectAccessible(page);
  await page.goto(`/fr/teach/classes/${classId}/assignments/new`);
  await expectAccessible(page);
  await giveAssignment(page, classId, article.title.fr, "Quand vous publiez le corrigé");
  const card = page.getByRole("listitem").filter({ hasText: article.title.fr });
  await expect(card).toContainText("Quand vous publiez le corrigé");
  await expect(card).toContainText("Ouvert");

  const phone = await browser.newContext({ ...devices["Pixel 7"], viewport: { width: 390, height: 844 } });
  const student = await phone.newPage();
  student.on("response", (response) => response.status() >= 500 && failures.push(response.url()));
  await student.goto("/fr/join");
  await expectAccessible(student);
  await tabTo(student, "Code de la classe");
  await student.keyboard.type(code.toLowerCase().replace("-", " "));
  await tabTo(student, "Prénom ou surnom");
  await student.keyboard.type("Léa");
  await tabTo(student, "Mot de passe");
  await student.keyboard.type("tigre-nuage-pomme-vent");
  await student.keyboard.press("Enter");
  await expect(student).toHaveURL(/\/fr\/my-work$/);

  await expect(student.getByText("Connecté : Léa, 4e B.")).toBeVisible();
  const mine = student.getByRole("region", { name: "Mes devoirs" });
  const item = mine.getByRole("listitem").filter({ hasText: article.title.fr });
  await expect(item).toContainText("Pas commencé");
  const link = item.getByRole("link", { name: "Commencer" });
  const assignmentId = new URL((await link.getAttribute("href"))!, "http://x").searchParams.get("assignment")!;
  await expect(link).toHaveAttribute("href", `/fr/articles/${article.slug}?assignment=${assignmentId}`);
  await expectAccessible(student);
  expect(await student.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

  const { rows } = await db.query<{ email: string; name: string }>(
    `SELECT u.email, e.name FROM "Enrolment" e JOIN "User" u ON u.id = e."userId" WHERE e."classId" = $1`,
    [classId],
  );
  expect(rows).toEqual([{ email: expect.stringMatching(/@students\.invalid$/), name: "Léa" }]);

  // Into the reader from My work: the page says whose work it is, saves it for the assignment, submits it.
  await link.click();
  await expect(student).toHaveURL(`/fr/articles/${article.slug}?assignment=${assignmentId}`);
  await answersReady(student);
  await expect(student.getByRole("heading", { name: "Devoir pour 4e B" })).toBeVisible();
  await expect(student.getByText("Vous travaillez sans compte")).toHaveCount(0);
  const { attemptId } = await typeAndSave(student, question.key, "Pour le devoir.");
  const { rows: attempts } = await db.query<{ scope: string }>(`SELECT scope FROM "Attempt" WHERE id = $1`, [attemptId]);
  expect(attempts).toEqual([{ scope: assignmentId }]);
  await student.getByRole("button", { name: "Rendre mon travail" }).click();
  await student.getByRole("dialog").getByRole("button", { name: "Rendre", exact: true }).click();
  await expect(student).toHaveURL(`/fr/my-work/${attemptId}`);

  await expect(student.getByRole("heading", { name: "En attente de votre enseignant" })).toBeVisible();
  await expect(student.getByText("Pour le devoir.")).toHaveCount(0);
  await expect(student.getByRole("link", { name: "Relire mes réponses" })).toHaveAttribute("href", `/fr/articles/${article.slug}?assignment=${assignmentId}`);
  await expectAccessible(student);

  await page.reload();
  await expect(card).toContainText("1 a commencé, 1 rendu sur 1 élève");
  await card.getByRole("button", { name: `Publier le corrigé de ${article.title.fr}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Confirmer" }).click();
  await expect(card).toContainText("Corrigé publié");

  await student.goto("/fr/my-work");
  await expect(item).toContainText("Corrigé disponible");
  await item.getByRole("link", { name: "Voir le résultat" }).click();
  await expect(student.getByText("Pour le devoir.")).toBeVisible();
  await expect(student.getByText("Devoir pour 4e B")).toBeVisible();
  await expect(student.getByRole("link", { name: "Recommencer cet article" })).toHaveCount(0);
  expect(failures).toEqual([]);
  await phone.close();
});

test("a closed assignment refuses a late save with a clear, localised message", async ({ page, browser }) => {
  await signUpTeacher(page);
  const { classId, code } = await createClass(page, "5e A");
  await giveAssignment(page, classId, article.title.fr, "Dès qu'il rend son travail");
  const context = await browser.newContext();
  const student = await context.newPage();
  await joinClass(student, code, "Tom");
  const href = await student.getByRole("region", { name: "Mes devoirs" }).getByRole("link", { name: "Commencer" }).getAttribute("href");
  const assignmentId = new URL(href!, "http://x").searchParams.get("assignment")!;
  await page.getByRole("button", { name: `Fermer le devoir ${article.title.fr}` }).click();
  await expect(page.getByRole("listitem").filter({ hasText: article.title.fr })).toContainText("Fermé");

  const save = (locale: string) =>
    student.request.post("/api/answers", {
      data: {
        article: article.slug,
        question: question.key,
        assignmentId,
        locale,
        value: { text: "trop tard" },
        baseRevision: 0,
        saveId: `save-${Date.now()}-${locale}`,
      },
    });
  const [french, english] = await Promise.all([save("fr"), save("en")]);
  expect(french.status()).toBe(409);
  expect(await french.json()).toMatchObject({ code: "ASSIGNMENT_CLOSED", message: expect.stringContaining("Ce devoir est fermé") });
  expect(await english.json()).toMatchObject({ code: "ASSIGNMENT_CLOSED", message: expect.stringContaining("This assignment is closed") });

  // In the reader: the page says it is closed, and nothing can be typed or handed in.
  await student.goto(`/fr/articles/${article.slug}?assignment=${assignmentId}`);
  await answersReady(student);
  await expect(student.getByText("Ce devoir est fermé : votre enseignant n'accepte plus de modifications.")).toBeVisible();
  await expect(student.locator(`#q-${question.key} textarea`)).not.toBeEditable();
  await expect(student.getByRole("button", { name: "Rendre mon travail" })).toHaveCount(0);

  // Someone else (here, nobody signed in) gets no access to it, and is told how to get in.
  const stranger = await browser.newPage();
  await stranger.goto(`/fr/articles/${article.slug}?assignment=${assignmentId}`);
  await answersReady(stranger);
  await expect(stranger.getByText("Ce devoir se fait connecté avec votre compte d'élève")).toBeVisible();
  await expect(stranger.getByRole("link", { name: "Se connecter" }).first()).toBeVisible();
  await expect(stranger.locator(`#q-${question.key} textarea`)).not.toBeEditable();
  await stranger.close();
  await context.close();
});

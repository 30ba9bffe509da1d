import type { Browser, Page } from "@playwright/test";
import { createClass, giveAssignment, joinClass, signUpTeacher, TEACHER_PASSWORD } from "./classroom-helpers";
import { answersReady, contentPromise, expect, storedAnswer, test, typeAndSave } from "./fixtures";

/**
 * When a session ends under someone's work (cookies cleared on a shared computer, signed out in
 * another tab, expired), the page says so, asks them to sign in again, and loses nothing. Never
 * "all saved" while an answer is refused, never a guest made in the student's place, never a
 * teacher's class shown as "not found".
 */

test.describe.configure({ timeout: 180_000 });

const content = await contentPromise;
const article = content.articles[4]!;
const open = content.questionSets[article.slug]!.questions.filter((question) => question.type === "open");
const [first, second] = [open[0]!, open[1]!];
const STUDENT_PASSWORD = "mot-de-passe-eleve";

/** A teacher's class with one assignment of the article, and a student who joined and opened it in the reader. */
async function lesson(page: Page, browser: Browser, reveal = "Dès qu'il rend son travail") {
  const email = await signUpTeacher(page);
  const { classId, code } = await createClass(page, "4e D");
  await giveAssignment(page, classId, article.title.fr, reveal);
  const studentContext = await browser.newContext();
  const student = await studentContext.newPage();
  await joinClass(student, code, "Léa");
  await student.getByRole("region", { name: "Mes devoirs" }).getByRole("link", { name: "Commencer" }).click();
  await answersReady(student);
  const assignmentId = new URL(student.url()).searchParams.get("assignment")!;
  return { email, classId, code, student, studentContext, assignmentId };
}

// Issue: with the session gone, the banner stayed green ("Toutes vos réponses sont enregistrées")
// while each answer said "Non enregistré", and the page quietly turned into a guest's.
test("a student whose session ended is told so, no guest takes their work, and signing in again saves it", async ({ page, browser, db }) => {
  const { code, student, studentContext, assignmentId } = await lesson(page, browser);
  const { attemptId } = await typeAndSave(student, first.key, "Avant la fin de la session.");

  await studentContext.clearCookies();
  const typed = "Tapé après la fin de la session, sur un ordinateur partagé.";
  await student.locator(`#q-${second.key} textarea`).fill(typed);
  await expect(student.locator(`#answer-${second.key}-status`)).toContainText("vous n'êtes plus connecté");
  const summary = student.getByText(/Vos réponses ne sont plus enregistrées/);
  await expect(summary).toBeVisible();
  await expect(student.getByText("Toutes vos réponses sont enregistrées.")).toHaveCount(0);
  await student.screenshot({ path: test.info().outputPath("banner-save-refused.png") });
  // No guest was made for the browser (it would have been given a session cookie).
  expect((await studentContext.cookies()).filter((cookie) => cookie.name.includes("session_token"))).toEqual([]);
  expect(await storedAnswer(db, attemptId, second.key)).toBeNull();

  // Signing in again comes back to the assignment, where the text is sent.
  await student.getByRole("link", { name: "Se reconnecter" }).click();
  await expect(student).toHaveURL(/\/fr\/sign-in\?next=/);
  await expect(student.getByText(/^Connectez-vous pour continuer/)).toBeVisible();
  await student.getByLabel("Code de la classe").fill(code);
  await student.getByLabel("Prénom ou surnom").fill("lea");
  await student.getByLabel("Mot de passe", { exact: true }).fill(STUDENT_PASSWORD);
  await student.getByRole("button", { name: "Se connecter" }).click();
  await expect(student).toHaveURL(new RegExp(`/fr/articles/${article.slug}\\?assignment=${assignmentId}$`));
  await answersReady(student);
  await expect(student.locator(`#q-${second.key} textarea`)).toHaveValue(typed);
  await expect(student.getByText("Toutes vos réponses sont enregistrées.")).toBeVisible({ timeout: 15_000 });
  expect(await storedAnswer(db, attemptId, second.key)).toMatchObject({ value: { text: typed } });
  await studentContext.close();
});

test("an answer refused because the teacher closed the assignment turns the banner red", async ({ page, browser }) => {
  const { classId, student, studentContext } = await lesson(page, browser);
  await typeAndSave(student, first.key, "Avant la fermeture.");
  await expect(student.getByText("Toutes vos réponses sont enregistrées.")).toBeVisible();
  await page.goto(`/fr/teach/classes/${classId}`);
  await page.getByRole("button", { name: `Fermer le devoir ${article.title.fr}` }).click();
  await expect(page.getByRole("listitem").filter({ hasText: article.title.fr })).toContainText("Fermé");

  await student.locator(`#q-${second.key} textarea`).fill("Après la fermeture.");
  await expect(student.getByText(/1 réponse n'est pas enregistrée\. Ce devoir est fermé/)).toBeVisible();
  await expect(student.getByText("Toutes vos réponses sont enregistrées.")).toHaveCount(0);
  await studentContext.close();
});

test("nobody signed in who opens an assignment is asked to sign in, and comes back to it", async ({ page, browser }) => {
  const { code, studentContext, assignmentId } = await lesson(page, browser);
  await studentContext.close();
  const visitor = await browser.newPage();
  await visitor.goto(`/fr/articles/${article.slug}?assignment=${assignmentId}`);
  await answersReady(visitor);
  await expect(visitor.getByText("Ce devoir se fait connecté avec votre compte d'élève")).toBeVisible();
  await visitor.getByRole("link", { name: "Se connecter" }).first().click();
  await visitor.getByLabel("Code de la classe").fill(code);
  await visitor.getByLabel("Prénom ou surnom").fill("LÉA");
  await visitor.getByLabel("Mot de passe", { exact: true }).fill(STUDENT_PASSWORD);
  await visitor.getByRole("button", { name: "Se connecter" }).click();
  await expect(visitor).toHaveURL(new RegExp(`\\?assignment=${assignmentId}$`));
  await answersReady(visitor);
  await expect(visitor.getByText("Devoir pour 4e D")).toBeVisible();
  await visitor.close();
});

// Issue: after signing out in another tab, a comment being typed said "Introuvable…" and every
// teacher tab showed "Page introuvable", as if the class had been deleted.
test("a teacher whose session ended is sent to the sign-in and back, and the comment typed meanwhile is kept", async ({ page, browser, db }) => {
  const { email, classId, student, studentContext, assignmentId } = await lesson(page, browser);
  await typeAndSave(student, first.key, "Ma réponse.");
  const review = `/fr/teach/classes/${classId}/assignments/${assignmentId}/questions/${first.key}`;
  await page.goto(review);
  const other = await page.context().newPage();
  await other.goto("/fr/teach");
  await other.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(other).toHaveURL(/\/fr$/);
  await other.close();

  const comment = "Écrit après la déconnexion dans un autre onglet.";
  await page.getByLabel("Commentaire pour Léa").fill(comment);
  const status = page.locator("[data-feedback] [role=status]").first();
  await expect(status).toContainText("vous n'êtes plus connecté");
  await expect(status).not.toContainText("Introuvable");
  await expect(page.locator("[data-feedback]").getByRole("link", { name: "Se reconnecter" })).toBeVisible();

  // Any teacher page now leads to the sign-in, and back.
  await page.reload();
  await expect(page).toHaveURL(new RegExp(`/fr/sign-in/teacher\\?next=${encodeURIComponent(review).replace(/[.?]/g, "\\$&")}$`));
  await expect(page.getByText(/^Connectez-vous pour continuer/)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("expired-session-redirect.png") });
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(TEACHER_PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(review);
  await expect(page.getByLabel("Commentaire pour Léa")).toHaveValue(comment);
  await expect(status).toContainText("Enregistré", { timeout: 15_000 });
  const { rows } = await db.query(
    `SELECT f.comment FROM "Feedback" f JOIN "Answer" a ON a.id = f."answerId" JOIN "Attempt" t ON t.id = a."attemptId" WHERE t."assignmentId" = $1`,
    [assignmentId],
  );
  expect(rows).toEqual([{ comment }]);
  await studentContext.close();
});

test("a teacher's action after the session ended says so and offers the way back", async ({ page }) => {
  await signUpTeacher(page);
  const { classId } = await createClass(page, "6e F");
  const other = await page.context().newPage();
  await other.goto("/fr/teach");
  await other.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(other).toHaveURL(/\/fr$/);
  await other.close();
  await page.getByRole("button", { name: "Fermer les inscriptions" }).click();
  const alert = page.getByRole("main").getByRole("alert");
  await expect(alert).toContainText("Vous n'êtes plus connecté sur ce navigateur : reconnectez-vous, puis recommencez.");
  await alert.getByRole("link", { name: "Se reconnecter" }).click();
  await expect(page).toHaveURL(`/fr/sign-in/teacher?next=${encodeURIComponent(`/fr/teach/classes/${classId}`)}`);
});

import { devices, type Page } from "@playwright/test";
import { createClass, giveAssignment, joinClass, signUpTeacher } from "./classroom-helpers";
import { answersReady, contentPromise, expect, test, typeAndSave } from "./fixtures";

/**
 * What a student sees of the teacher's review, one rule everywhere: comments released for them
 * are "the teacher's comments", not "the commentary is out" while it is still withheld; a comment
 * edited after release shows in the grid as released-then-edited while the student keeps the first;
 * work returned for revision comes back to the reader with the teacher's note and comments.
 */

test.describe.configure({ timeout: 120_000 });

const content = await contentPromise;
const article = content.articles[2]!;
const question = content.questionSets[article.slug]!.questions.find((candidate) => candidate.type === "open")!;
const number = content.questionSets[article.slug]!.questions.indexOf(question) + 1;

async function submittedWork(page: Page, student: Page) {
  await signUpTeacher(page);
  const { classId, code } = await createClass(page, "Tle B");
  await giveAssignment(page, classId, article.title.fr, "Quand vous publiez le corrigé");
  await joinClass(student, code, "Emma");
  await student.getByRole("region", { name: "Mes devoirs" }).getByRole("link", { name: "Commencer" }).click();
  await answersReady(student);
  const assignmentId = new URL(student.url()).searchParams.get("assignment")!;
  await typeAndSave(student, question.key, "Une première réponse.");
  await student.getByRole("button", { name: "Rendre mon travail" }).click();
  await student.getByRole("dialog").getByRole("button", { name: "Rendre", exact: true }).click();
  await expect(student).toHaveURL(/\/fr\/my-work\/[^/]+$/);
  return { classId, assignmentId, results: student.url() };
}

// Issue: publishing one student's comments read "Corrigé disponible" though the commentary was withheld, and a
// comment edited after publication was shown to the teacher as released while the student saw the old one.
test("released comments are the teacher's comments, not the commentary; an edit after release shows as such", async ({ page, browser }) => {
  const student = await (await browser.newContext()).newPage();
  const { classId, assignmentId, results } = await submittedWork(page, student);
  await page.goto(`/fr/teach/classes/${classId}/assignments/${assignmentId}/questions/${question.key}`);
  await page.getByLabel("Commentaire pour Emma").fill("Citez le texte.");
  await expect(page.locator("[data-feedback] [role=status]").first()).toContainText("Enregistré", { timeout: 10_000 });
  await page.getByRole("link", { name: "Voir tout son travail" }).click();
  await page.getByRole("button", { name: "Publier les commentaires d'Emma" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Confirmer" }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);

  await student.goto("/fr/my-work");
  const card = student.getByRole("region", { name: "Mes devoirs" }).getByRole("listitem").filter({ hasText: article.title.fr });
  await expect(card).toContainText("Commentaires de l'enseignant");
  await expect(card).not.toContainText("Corrigé disponible");
  await student.goto(results);
  await expect(student.getByText("En attente de votre enseignant")).toBeVisible();
  await expect(student.locator("[data-teacher-feedback]")).toContainText("Citez le texte.");

  // Edited after release: the grid says so; the student still reads the released one.
  await page.goto(`/fr/teach/classes/${classId}/assignments/${assignmentId}/questions/${question.key}`);
  await page.getByLabel("Commentaire pour Emma").fill("Citez le texte, paragraphe 4.");
  await expect(page.locator("[data-feedback] [role=status]").first()).toContainText("Enregistré", { timeout: 10_000 });
  await page.reload();
  await expect(page.getByText("Modifié depuis la publication")).toBeVisible();
  await page.goto(`/fr/teach/classes/${classId}/assignments/${assignmentId}`);
  await expect(page.getByRole("link", { name: `Emma, question ${number} : Rendu, commentaire publié puis modifié` })).toBeVisible();
  await student.reload();
  await expect(student.locator("[data-teacher-feedback]")).toContainText("Citez le texte.");
  await expect(student.locator("[data-teacher-feedback]")).not.toContainText("paragraphe 4");
  await student.context().close();
});

// Issue: returned for revision, the attempt reopened but the reader showed no notice and no feedback.
test("work returned for revision comes back to the reader with the teacher's note and comments, and can be handed in again", async ({ page, browser }) => {
  const student = await (await browser.newContext({ ...devices["Pixel 7"] })).newPage();
  const { classId, assignmentId } = await submittedWork(page, student);
  await page.goto(`/fr/teach/classes/${classId}/assignments/${assignmentId}/questions/${question.key}`);
  await page.getByLabel("Commentaire pour Emma").fill("Appuyez-vous sur une source.");
  await expect(page.locator("[data-feedback] [role=status]").first()).toContainText("Enregistré", { timeout: 10_000 });
  await page.getByRole("link", { name: "Voir tout son travail" }).click();
  await page.getByRole("button", { name: "Rendre le travail d'Emma pour révision" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Un mot pour Emma, à lire en reprenant son travail (facultatif)").fill("Reprenez la question sur les sources.");
  await expect(dialog.getByRole("checkbox", { name: "Publier en même temps mes commentaires sur ses réponses" })).toBeChecked();
  await dialog.getByRole("button", { name: "Confirmer" }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(page.getByText("Rendu pour révision : en cours de modification.")).toBeVisible();

  // The student, on a phone: My work says it is to be revised; the reader says why and shows the comment.
  await student.goto("/fr/my-work");
  const card = student.getByRole("region", { name: "Mes devoirs" }).getByRole("listitem").filter({ hasText: article.title.fr });
  await expect(card).toContainText("À reprendre");
  await card.getByRole("link", { name: "Continuer" }).click();
  await answersReady(student);
  await expect(student.getByText("Votre enseignant vous a rendu ce travail le")).toBeVisible();
  await expect(student.getByText("Reprenez la question sur les sources.")).toBeVisible();
  await expect(student.locator(`#q-${question.key} [data-teacher-feedback]`)).toContainText("Appuyez-vous sur une source.");
  await student.getByText("Votre enseignant vous a rendu ce travail le").scrollIntoViewIfNeeded();
  await student.screenshot({ path: test.info().outputPath("returned-work-phone.png") });

  await typeAndSave(student, question.key, "Une réponse revue, avec une source.");
  await student.getByRole("button", { name: "Rendre mon travail" }).click();
  await student.getByRole("dialog").getByRole("button", { name: "Rendre", exact: true }).click();
  await expect(student).toHaveURL(/\/fr\/my-work\/[^/]+$/);
  await page.reload();
  await expect(page.getByText("Rendu pour révision : en cours de modification.")).toHaveCount(0);
  await student.context().close();
});

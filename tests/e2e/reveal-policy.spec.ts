import { createClass, giveAssignment, joinClass, signUpTeacher } from "./classroom-helpers";
import { answersReady, contentPromise, expect, test, typeAndSave } from "./fixtures";

/**
 * Issue 22: a student whose assignment holds the commentary back read it all the same by opening
 * the article outside the assignment (/fr/articles/<slug>, no ?assignment=), handing in a
 * self-study attempt and reading its results. The class's students now find it held back there
 * too, and are told why, before and after handing in; once the teacher releases it, it shows.
 */

const content = await contentPromise;
const article = content.articles[1]!;
const question = content.questionSets[article.slug]!.questions.find((candidate) => candidate.type === "open")!;

test("self-study keeps the commentary an assignment of the student's class holds back, and says why", async ({ browser, expectAccessible }) => {
  test.setTimeout(120_000);
  const teacher = await (await browser.newContext()).newPage();
  await signUpTeacher(teacher);
  const { classId, code } = await createClass(teacher, "5e D");
  await giveAssignment(teacher, classId, article.title.fr, "Quand vous publiez le corrigé");

  const student = await (await browser.newContext()).newPage();
  await joinClass(student, code, "Noé");
  await student.goto(`/fr/articles/${article.slug}`);
  await answersReady(student);
  await expect(
    student.getByText("Votre enseignant a donné cet exercice à la classe « 5e D » : les réponses de référence s'afficheront quand il les publiera"),
  ).toBeVisible();
  await typeAndSave(student, question.key, "Lu seul, en dehors du devoir.");
  await student.getByRole("button", { name: "Rendre mon travail" }).click();
  await student.getByRole("button", { name: "Rendre", exact: true }).click();
  await expect(student).toHaveURL(/\/fr\/my-work\/[^/]+$/);
  const results = student.url();

  await expect(student.getByRole("heading", { level: 2, name: "Travail rendu" })).toBeVisible();
  await expect(student.getByText(/n'a pas encore publié les réponses de référence/)).toContainText("« 5e D »");
  await expect(student.getByText("Référence", { exact: true })).toHaveCount(0);
  await expect(student.getByText("Ce qu'il faut regarder")).toHaveCount(0);
  await expectAccessible(student);

  await student.goto(`/fr/articles/${article.slug}`);
  await expect(student.getByRole("link", { name: "Voir mon travail rendu" })).toBeVisible();

  // Released: the commentary is the class's to read, in the assignment and in self-study alike.
  await teacher.goto(`/fr/teach/classes/${classId}`);
  await teacher.getByRole("button", { name: /^Publier le corrigé/ }).click();
  await teacher.getByRole("dialog").getByRole("button", { name: "Confirmer" }).click();
  await expect(teacher.getByRole("dialog")).toBeHidden();
  await student.goto(results);
  await expect(student.getByText("Ce qu'il faut regarder").first()).toBeVisible();
  await student.context().close();
  await teacher.context().close();
});

import type { Browser, Page } from "@playwright/test";
import { alertOf, createClass, joinClass, signUpTeacher } from "./classroom-helpers";
import { contentPromise, expect, test } from "./fixtures";

/**
 * Next year and colleagues: an assignment copied from its page to another class of the teacher's
 * (same text and reveal policy, no due date, open), a new class made with another class's
 * assignments, and one student's sign-in slip reprinted (the old password stops working, the new
 * one signs in, the classmates keep theirs).
 */

test.describe.configure({ timeout: 120_000 });

const content = await contentPromise;
const article = content.articles[2]!;

const newPage = async (browser: Browser): Promise<Page> => (await browser.newContext()).newPage();

async function signInStudent(page: Page, code: string, name: string, password: string) {
  await page.goto("/fr/sign-in");
  await page.getByLabel("Code de la classe").fill(code);
  await page.getByLabel("Prénom ou surnom").fill(name);
  await page.getByLabel("Mot de passe", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
}

test("a teacher copies an assignment to another class from its page, then starts a class with a class's assignments", async ({ page, expectAccessible }) => {
  await signUpTeacher(page);
  const first = await createClass(page, "4e B");
  await page.goto(`/fr/teach/classes/${first.classId}/assignments/new`);
  await page.getByRole("checkbox", { name: article.title.fr }).check();
  await page.getByLabel("À rendre le (facultatif)").fill("2027-01-15");
  await page.getByRole("radio", { name: "Quand vous publiez le corrigé" }).check();
  await page.getByRole("button", { name: "Donner le devoir" }).click();
  await expect(page).toHaveURL(new RegExp(`/fr/teach/classes/${first.classId}#assignments$`));
  const second = await createClass(page, "4e C");

  // From the assignment's own page.
  await page.goto(`/fr/teach/classes/${first.classId}`);
  await page.getByRole("link", { name: article.title.fr, exact: true }).click();
  await page.getByRole("link", { name: "Copier vers une autre classe" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Copier le devoir vers une autre classe");
  await expectAccessible(page);
  await page.getByRole("radio", { name: "4e C" }).check();
  await page.getByRole("button", { name: "Copier le devoir" }).click();
  await expect(page).toHaveURL(new RegExp(`/fr/teach/classes/${second.classId}#assignments$`));
  const copy = page.getByRole("region", { name: "Devoirs", exact: true }).getByRole("listitem").filter({ hasText: article.title.fr });
  await expect(copy).toContainText("Sans date limite");
  await expect(copy).toContainText("Quand vous publiez le corrigé");
  await expect(copy).toContainText("Ouvert");
  // The first class keeps its own, due date and all.
  await page.goto(`/fr/teach/classes/${first.classId}`);
  await expect(page.getByRole("region", { name: "Devoirs", exact: true }).getByRole("listitem")).toContainText("À rendre le 15 janvier 2027");

  // A new class, made with the assignments of 4e B.
  await page.goto("/fr/teach");
  await page.getByLabel("Nom de la classe").fill("4e D");
  await page.getByLabel("Reprendre les devoirs de (facultatif)").selectOption({ label: "4e B (1 devoir)" });
  await page.getByRole("button", { name: "Créer la classe" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("4e D");
  await expect(page.getByRole("region", { name: "Devoirs", exact: true }).getByRole("listitem").filter({ hasText: article.title.fr })).toContainText(
    "Sans date limite",
  );
});

test("a teacher reprints one student's slip: the old password stops working, the new one signs in, the classmate keeps theirs", async ({
  page,
  browser,
  db,
}) => {
  await signUpTeacher(page);
  const { classId, code } = await createClass(page, "5e A");
  const lea = await newPage(browser);
  await joinClass(lea, code, "Léa", "tigre-nuage-pomme-vent");
  const tom = await newPage(browser);
  await joinClass(tom, code, "Tom", "girafe-piano-nuage-sel");

  await page.goto(`/fr/teach/classes/${classId}`);
  await page.getByRole("link", { name: "Réimprimer des fiches" }).click();
  await expect(page).toHaveURL(new RegExp(`/fr/teach/classes/${classId}/slips$`));
  await page.getByRole("button", { name: "Nouveaux mots de passe et fiches" }).click();
  await expect(alertOf(page)).toContainText("Cochez au moins un élève.");
  await page.getByRole("checkbox", { name: "Léa" }).check();
  await page.getByRole("button", { name: "Nouveaux mots de passe et fiches" }).click();
  const slips = page.locator(".slip");
  await expect(slips).toHaveCount(1);
  await expect(slips.first()).toContainText("Léa");
  await expect(slips.first()).toContainText(code);
  const password = (await slips.first().locator("dd").last().textContent())!.trim();
  expect(password).toMatch(/^[a-z]+(-[a-z]+){3}$/);
  // On paper: the slips alone.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Nouveaux mots de passe et fiches" })).toBeHidden();
  await expect(slips.first()).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  // Léa's sessions ended; her old password opens nothing, the new one does; Tom's is untouched.
  const { rows } = await db.query<{ sessions: number }>(
    `SELECT count(s.*)::int AS "sessions" FROM "Enrolment" e LEFT JOIN "Session" s ON s."userId" = e."userId" WHERE e."classId" = $1 AND e."name" = 'Léa'`,
    [classId],
  );
  expect(rows[0]!.sessions).toBe(0);
  const again = await newPage(browser);
  await signInStudent(again, code, "Léa", "tigre-nuage-pomme-vent");
  await expect(alertOf(again)).toContainText("Ce nom et ce mot de passe ne correspondent à aucun élève de cette classe");
  await signInStudent(again, code, "Léa", password);
  await expect(again).toHaveURL(/\/fr\/my-work$/);
  const tomAgain = await newPage(browser);
  await signInStudent(tomAgain, code, "Tom", "girafe-piano-nuage-sel");
  await expect(tomAgain).toHaveURL(/\/fr\/my-work$/);
  await Promise.all([lea, tom, again, tomAgain].map((other) => other.context().close()));
});

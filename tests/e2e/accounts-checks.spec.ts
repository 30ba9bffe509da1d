import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { alertOf, createClass, fillJoinForm, joinClass, signUpTeacher, TEACHER_PASSWORD, uniqueEmail } from "./classroom-helpers";

/**
 * Issue 22, minors' accounts: what a teacher and a student see when the password they choose is
 * a common one, or the name a student types would pass for a classmate's (an invisible character,
 * a Cyrillic letter, letters of another alphabet that look the same). Each gets a clear message in
 * their language, beside the field at fault, keeps what they typed that is not secret, and the
 * server never answers 500.
 */

test.describe.configure({ timeout: 120_000 });

let code: string;
let classId: string;
let teacher: Page;

test.beforeAll(async ({ browser }) => {
  teacher = await browser.newPage();
  await signUpTeacher(teacher);
  ({ code, classId } = await createClass(teacher, "Classe des sosies"));
  for (const name of ["Léa", "Noa"]) await joinClass(await browser.newPage(), code, name, "girafe-piano-nuage-sel");
});

test.afterAll(async () => {
  await teacher.close();
});

function watchServerErrors(page: Page): string[] {
  const failures: string[] = [];
  page.on("response", (response) => response.status() >= 500 && failures.push(`${response.status()} ${response.url()}`));
  return failures;
}

test.describe("a common password", () => {
  test("is refused at teacher sign-up beside the field, in French and English, and the name and address stay", async ({ page }) => {
    const failures = watchServerErrors(page);
    const email = uniqueEmail();
    await page.goto("/fr/sign-up");
    await page.getByLabel("Votre nom").fill("M. Martin");
    await page.getByLabel("Adresse e-mail").fill(email);
    await page.getByLabel("Mot de passe", { exact: true }).fill("12345678");
    await page.getByRole("button", { name: "Créer le compte" }).click();
    await expect(page.getByLabel("Mot de passe", { exact: true })).toHaveAccessibleDescription(/Ce mot de passe fait partie des plus courants/);
    await expect(page.getByLabel("Votre nom")).toHaveValue("M. Martin");
    await expect(page.getByLabel("Adresse e-mail")).toHaveValue(email);
    await expect(page).toHaveURL(/\/fr\/sign-up$/);

    await page.goto("/en/sign-up");
    await page.getByLabel("Your name").fill("Mr Martin");
    await page.getByLabel("E-mail address").fill(email);
    await page.getByLabel("Password", { exact: true }).fill("Password1!");
    await page.getByRole("button", { name: "Create the account" }).click();
    await expect(alertOf(page)).toContainText("This password is one of the most common");
    await page.getByLabel("Password", { exact: true }).fill("girafe-piano-nuage-sel");
    await page.getByRole("button", { name: "Create the account" }).click();
    await expect(page.getByRole("region", { name: "Your recovery codes" })).toBeVisible();
    await page.getByRole("link", { name: "Go to my classes" }).click();
    await expect(page).toHaveURL(/\/en\/teach$/);
    expect(failures).toEqual([]);
  });

  test("is refused when a student joins, and the four words the app suggests get in", async ({ page }) => {
    const failures = watchServerErrors(page);
    await fillJoinForm(page, code, "Hugo", "motdepasse");
    await expect(page.getByLabel("Mot de passe", { exact: true })).toHaveAccessibleDescription(/Ce mot de passe fait partie des plus courants/);
    await expect(page.getByLabel("Prénom ou surnom")).toHaveValue("Hugo");
    await page.getByRole("button", { name: "Proposer un mot de passe" }).click();
    await page.getByRole("button", { name: "Rejoindre la classe" }).click();
    await expect(page).toHaveURL(/\/fr\/my-work$/);
    expect(failures).toEqual([]);
  });

  test("or the teacher's own name is refused when changing the password", async ({ page }) => {
    const failures = watchServerErrors(page);
    await signUpTeacher(page);
    await page.goto("/fr/teach/account");
    await page.getByLabel("Mot de passe actuel").fill(TEACHER_PASSWORD);
    await page.getByLabel("Nouveau mot de passe").fill("azerty123");
    await page.getByRole("button", { name: "Changer le mot de passe" }).click();
    await expect(page.getByLabel("Nouveau mot de passe")).toHaveAccessibleDescription(/Ce mot de passe fait partie des plus courants/);
    // The name is the account's, known to better-auth's guard rather than to the form.
    await page.getByLabel("Mot de passe actuel").fill(TEACHER_PASSWORD);
    await page.getByLabel("Nouveau mot de passe").fill("Mme Durand 2024");
    await page.getByRole("button", { name: "Changer le mot de passe" }).click();
    await expect(alertOf(page)).toContainText("Le mot de passe ne doit reprendre ni votre nom");
    expect(failures).toEqual([]);
  });
});

test.describe("a name that would pass for a classmate's", () => {
  const cases = [
    { name: "Léa with an invisible zero-width space", typed: "Léa\u200B", message: "Ce nom est déjà pris dans cette classe" },
    { name: "Léa with a right-to-left override", typed: "\u202ELéa", message: "Ce nom est déjà pris dans cette classe" },
    { name: "Léa with a Cyrillic е", typed: "L\u0435a", message: "Ce nom mêle des lettres de plusieurs alphabets" },
    { name: "Noa in Greek letters", typed: "\u039D\u03BF\u03B1", message: "Ce nom se confond à l'œil avec celui d'un élève de la classe" },
  ];
  for (const { name, typed, message } of cases) {
    test(`is refused on the join form: ${name}`, async ({ page }) => {
      const failures = watchServerErrors(page);
      await fillJoinForm(page, code, typed, "girafe-piano-nuage-sel");
      await expect(alertOf(page)).toContainText(message);
      await expect(page).toHaveURL(/\/fr\/join$/);
      expect(failures).toEqual([]);
    });
  }

  test("is explained in English too", async ({ page }) => {
    await page.goto("/en/join");
    await page.getByLabel("Class code").fill(code);
    await page.getByLabel("First name or nickname").fill("L\u0435a");
    await page.getByLabel("Password", { exact: true }).fill("girafe-piano-nuage-sel");
    await page.getByRole("button", { name: "Join the class" }).click();
    await expect(page.getByLabel("First name or nickname")).toHaveAccessibleDescription(/This name mixes letters of several alphabets/);
  });

  test("while a name wholly in another alphabet, or with accents and apostrophes, gets in", async ({ browser }) => {
    for (const name of ["Лена", "N’Golo", "Łukasz"]) {
      const page = await browser.newPage();
      await joinClass(page, code, name, "girafe-piano-nuage-sel");
      await page.close();
    }
  });

  test("in a pasted roster, is named with its line and why, and the others can be created", async () => {
    await teacher.goto(`/fr/teach/classes/${classId}/students`);
    const box = teacher.getByLabel("Prénoms, un par ligne");
    const text = ["Inès", "Le\u0301a\u200B", "Tom", "L\u0435a", "\u039D\u03BF\u03B1", "Ζωή", "Zo\u00E9", "Ζωη\u0301"].join("\n");
    await box.fill(text);
    await teacher.getByRole("button", { name: "Créer les comptes", exact: true }).click();
    const problems = teacher.locator("#roster-problems");
    await expect(problems).toContainText("Ligne 2 : « Léa » est déjà dans la classe");
    await expect(problems).toContainText("Ligne 4 : « Lеa » mêle des lettres de plusieurs alphabets");
    await expect(problems).toContainText("Ligne 5 : « Νοα » se confond à l'œil avec « Noa », déjà dans la classe");
    await expect(problems).toContainText("Lignes 6 et 8 : « Ζωή » est écrit deux fois");
    await expect(box).toHaveValue(text);
    await teacher.getByRole("button", { name: "Créer les 3 élèves sans problème" }).click();
    await expect(teacher.locator(".slip")).toHaveCount(3);
  });
});

import { randomInt } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { postForm } from "./scripted-forms";
import { alertOf, createClass, fillJoinForm, joinClass, signUpTeacher, TEACHER_PASSWORD } from "./classroom-helpers";

/**
 * Every mistake at the classroom's door gets a clear, localised message, the form keeps what was
 * typed, and the server never answers 500: wrong join code, a name already taken, a wrong password
 * (student and teacher), a name the class does not have, too many attempts.
 */

let code: string;
let teacherEmail: string;

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  teacherEmail = await signUpTeacher(page);
  ({ code } = await createClass(page, "Classe des erreurs"));
  const student = await browser.newPage();
  await joinClass(student, code, "Léa", "le-bon-mot-de-passe");
  await page.close();
  await student.close();
});

function watchServerErrors(page: Page): string[] {
  const failures: string[] = [];
  page.on("response", (response) => response.status() >= 500 && failures.push(`${response.status()} ${response.url()}`));
  return failures;
}

async function studentSignIn(page: Page, locale: "fr" | "en", classCode: string, name: string, password: string) {
  await page.goto(`/${locale}/sign-in`);
  await page.getByLabel(locale === "fr" ? "Code de la classe" : "Class code").fill(classCode);
  await page.getByLabel(locale === "fr" ? "Prénom ou surnom" : "First name or nickname").fill(name);
  await page.getByLabel(locale === "fr" ? "Mot de passe" : "Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: locale === "fr" ? "Se connecter" : "Sign in" }).click();
}

const cases = [
  {
    name: "a wrong join code (French)",
    run: (page: Page) => fillJoinForm(page, "ZZZ-ZZZ", "Noé", "girafe-piano-nuage-sel"),
    message: "Aucune classe n'a ce code",
  },
  {
    name: "a name already taken in the class, however it is written",
    run: (page: Page) => fillJoinForm(page, code, "LEA", "girafe-piano-nuage-sel"),
    message: "Ce nom est déjà pris dans cette classe",
  },
  {
    name: "a wrong student password",
    run: (page: Page) => studentSignIn(page, "fr", code, "léa", "pas-le-bon"),
    message: "Ce nom et ce mot de passe ne correspondent à aucun élève",
  },
  {
    name: "a name the class does not have",
    run: (page: Page) => studentSignIn(page, "fr", code, "Inconnu", "pas-le-bon"),
    message: "Ce nom et ce mot de passe ne correspondent à aucun élève",
  },
  {
    name: "a wrong code at sign-in (English)",
    run: (page: Page) => studentSignIn(page, "en", "ZZZZZZ", "Léa", "le-bon-mot-de-passe"),
    message: "No class has this code",
  },
  {
    name: "a wrong teacher password",
    run: async (page: Page) => {
      await page.goto("/fr/sign-in/teacher");
      await page.getByLabel("Adresse e-mail").fill(teacherEmail);
      await page.getByLabel("Mot de passe", { exact: true }).fill(`${TEACHER_PASSWORD}-faux`);
      await page.getByRole("button", { name: "Se connecter" }).click();
    },
    message: "Adresse e-mail ou mot de passe incorrect",
  },
];

for (const testCase of cases) {
  test(`${testCase.name} gets a clear message, and no 500`, async ({ page }) => {
    const failures = watchServerErrors(page);
    await testCase.run(page);
    await expect(alertOf(page)).toContainText(testCase.message);
    expect(failures).toEqual([]);
  });
}

test("a wrong join code keeps the name typed, and the field errors are tied to their fields", async ({ page }) => {
  await fillJoinForm(page, "ZZZ-ZZZ", "Noé", "court");
  await expect(page.getByLabel("Mot de passe", { exact: true })).toHaveAccessibleDescription(
    /Au moins 8 caractères.*Le mot de passe doit compter au moins 8 caractères/,
  );
  await expect(page.getByLabel("Prénom ou surnom")).toHaveValue("Noé");
});

test("too many failed sign-ins from one address are refused with a clear message, and no 500", async ({ browser, baseURL }) => {
  // An address of its own (documentation range), so that the other tests' sign-ins are not held back.
  const address = { "x-forwarded-for": `198.51.100.${randomInt(1, 255)}` };
  const context = await browser.newContext({ extraHTTPHeaders: address });
  const page = await context.newPage();
  const failures = watchServerErrors(page);
  // A new name each time, so that the address's ceiling (not one account's delay) is what refuses.
  const attempt = (index: number) => postForm(baseURL!, "/fr/sign-in", { code, name: `Inconnu ${index}`, password: "pas-le-bon", locale: "fr" }, address);
  const answers: string[] = [];
  for (let index = 0; !answers.some((answer) => answer.includes("Trop de tentatives de connexion depuis ce réseau")); index += 10) {
    answers.push(...(await Promise.all(Array.from({ length: 10 }, (_, offset) => attempt(index + offset)))));
    expect(answers.length).toBeLessThan(300);
  }
  // A browser new to Léa's account waits too; her usual browser would not (abuse-limits.spec.ts).
  await studentSignIn(page, "fr", code, "Léa", "le-bon-mot-de-passe");
  await expect(alertOf(page)).toContainText("Trop de tentatives de connexion depuis ce réseau");
  await expect(page).toHaveURL(/\/fr\/sign-in$/);
  expect(failures).toEqual([]);
  await context.close();
});

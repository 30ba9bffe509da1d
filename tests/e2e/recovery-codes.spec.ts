import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { alertOf, TEACHER_PASSWORD, uniqueEmail } from "./classroom-helpers";
import { expect, test } from "./fixtures";

/**
 * A teacher who forgets the password (the app sends no e-mail): sign-up shows ten recovery codes
 * once, to print or download; "Mot de passe oublié ?" on the teacher's sign-in takes the address,
 * one code and a new password, ends the account's other sessions and signs in; the code then
 * works no more. French and English.
 */

test.describe.configure({ timeout: 120_000 });

const NEW_PASSWORD = "un-nouveau-mot-de-passe-2";

async function signInAsTeacher(page: Page, email: string, password: string) {
  await page.goto("/fr/sign-in/teacher");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
}

async function recover(page: Page, email: string, code: string, password: string) {
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Code de secours").fill(code);
  await page.getByLabel("Nouveau mot de passe", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Changer le mot de passe" }).click();
}

test("a teacher keeps a code at sign-up, resets a forgotten password with it, and the code works only once", async ({ page, browser, expectAccessible }) => {
  const email = uniqueEmail();
  await page.goto("/fr/sign-up");
  await expect(page.getByText("dix codes de secours")).toBeVisible();
  await page.getByLabel("Votre nom").fill("Mme Durand");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(TEACHER_PASSWORD);
  await page.getByRole("button", { name: "Créer le compte" }).click();

  // Shown once, with what they are for, to print or to download.
  const sheet = page.getByRole("region", { name: "Vos codes de secours" });
  await expect(sheet).toContainText("n'envoie jamais d'e-mail");
  await expect(sheet).toContainText("Ils ne seront plus jamais affichés");
  const items = sheet.getByRole("list", { name: "Codes de secours" }).getByRole("listitem");
  await expect(items).toHaveCount(10);
  const codes = (await items.allTextContents()).map((code) => code.trim());
  for (const code of codes) expect(code).toMatch(/^[a-hjkmnp-tw-z2-9]{4}-[a-hjkmnp-tw-z2-9]{4}-[a-hjkmnp-tw-z2-9]{4}$/);
  await expectAccessible(page);
  const [download] = await Promise.all([page.waitForEvent("download"), sheet.getByRole("link", { name: "Télécharger (fichier texte)" }).click()]);
  expect(download.suggestedFilename()).toBe("recits-croises-codes-de-secours.txt");
  const file = await readFile((await download.path())!, "utf8");
  expect(file).toContain(email);
  for (const code of codes) expect(file).toContain(code);
  // On paper: the codes alone, without the page's other parts.
  await page.emulateMedia({ media: "print" });
  await expect(sheet.getByText(codes[0]!)).toBeVisible();
  await expect(page.getByRole("link", { name: "Aller à mes classes" })).toBeHidden();
  await expect(page.getByRole("heading", { name: "Créer un compte enseignant" })).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  await page.getByRole("link", { name: "Aller à mes classes" }).click();
  await expect(page).toHaveURL(/\/fr\/teach$/);
  await page.goto("/fr/teach/account");
  await expect(page.getByText("Il vous reste 10 codes.")).toBeVisible();

  // Another browser where the teacher is signed in: the reset ends its session.
  const elsewhere = await (await browser.newContext()).newPage();
  await signInAsTeacher(elsewhere, email, TEACHER_PASSWORD);
  await expect(elsewhere).toHaveURL(/\/fr\/teach$/);

  await page.getByRole("button", { name: "Se déconnecter" }).first().click();
  await expect(page).toHaveURL(/\/fr$/);
  await signInAsTeacher(page, email, "je-ne-sais-plus-lequel");
  await expect(alertOf(page)).toContainText("Adresse e-mail ou mot de passe incorrect");
  await page.getByRole("link", { name: "Mot de passe oublié ?" }).click();
  await expect(page).toHaveURL(/\/fr\/forgot-password$/);
  await expectAccessible(page);
  await recover(page, email, codes[3]!.toUpperCase(), NEW_PASSWORD);
  await expect(page).toHaveURL(/\/fr\/teach\/account\?recovered=1$/);
  await expect(page.getByRole("status").filter({ hasText: "Mot de passe changé" })).toContainText("il vous en reste 9");
  await expect(page.getByText("Il vous reste 9 codes.")).toBeVisible();

  await elsewhere.goto("/fr/teach");
  await expect(elsewhere).toHaveURL(/\/fr\/sign-in\/teacher\?next=/);
  await elsewhere.context().close();

  // Signed out, in again with the new password; the old one opens nothing.
  await page.getByRole("button", { name: "Se déconnecter" }).first().click();
  await expect(page).toHaveURL(/\/fr$/);
  await signInAsTeacher(page, email, TEACHER_PASSWORD);
  await expect(alertOf(page)).toContainText("Adresse e-mail ou mot de passe incorrect");
  await signInAsTeacher(page, email, NEW_PASSWORD);
  await expect(page).toHaveURL(/\/fr\/teach$/);
  await page.getByRole("button", { name: "Se déconnecter" }).first().click();
  await expect(page).toHaveURL(/\/fr$/);

  // The same code, a second time: refused, and the address stays in the form.
  await page.goto("/fr/forgot-password");
  await recover(page, email, codes[3]!, "encore-un-autre-mot-de-passe");
  await expect(alertOf(page)).toContainText("ou ce code a déjà servi");
  await expect(page).toHaveURL(/\/fr\/forgot-password$/);
  await expect(page.getByLabel("Adresse e-mail")).toHaveValue(email);
  await signInAsTeacher(page, email, NEW_PASSWORD);
  await expect(page).toHaveURL(/\/fr\/teach$/);
});

test("new codes from the account page need the password and replace the old ones; in English too", async ({ page, browser }) => {
  const email = uniqueEmail();
  await page.goto("/en/sign-up");
  await page.getByLabel("Your name").fill("Ms Durand");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(TEACHER_PASSWORD);
  await page.getByRole("button", { name: "Create the account" }).click();
  const shown = page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
  await expect(shown).toHaveCount(10);
  const old = (await shown.allTextContents()).map((code) => code.trim());

  await page.goto("/en/teach/account");
  const section = page.getByRole("region", { name: "Recovery codes", exact: true });
  await expect(section).toContainText("You have 10 codes left.");
  await section.getByLabel("Your password").fill("not-my-password");
  await section.getByRole("button", { name: "Make new codes" }).click();
  await expect(section.getByRole("alert")).toContainText("The current password is not right.");
  await section.getByLabel("Your password").fill(TEACHER_PASSWORD);
  await section.getByRole("button", { name: "Make new codes" }).click();
  const fresh = section.getByRole("region", { name: "Your recovery codes" }).getByRole("listitem");
  await expect(fresh).toHaveCount(10);
  const renewed = (await fresh.allTextContents()).map((code) => code.trim());
  expect(renewed.filter((code) => old.includes(code))).toEqual([]);

  // An old code opens nothing, said in English, without saying whether the address has an account.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/en/forgot-password");
  for (const address of [email, uniqueEmail()]) {
    await visitor.getByLabel("E-mail address").fill(address);
    await visitor.getByLabel("Recovery code").fill(old[0]!);
    await visitor.getByLabel("New password", { exact: true }).fill("a-brand-new-password");
    const answered = visitor.waitForResponse((response) => response.request().method() === "POST");
    await visitor.getByRole("button", { name: "Change the password" }).click();
    await answered;
    await expect(alertOf(visitor)).toHaveText(
      "This address and recovery code do not go together, or the code has already been used. Check the address and copy a code from your list.",
    );
    // The form is set again once answered: the address stays, the code and password go.
    await expect(visitor.getByLabel("Recovery code")).toHaveValue("");
    await expect(visitor.getByLabel("E-mail address")).toHaveValue(address);
  }
  // A new one works.
  await visitor.getByLabel("E-mail address").fill(email);
  await visitor.getByLabel("Recovery code").fill(renewed[0]!);
  await visitor.getByLabel("New password", { exact: true }).fill("a-brand-new-password");
  await visitor.getByRole("button", { name: "Change the password" }).click();
  await expect(visitor).toHaveURL(/\/en\/teach\/account\?recovered=1$/);
  await expect(visitor.getByText("You have 9 codes left.")).toBeVisible();
  await visitor.context().close();
});

test("the privacy page says only hashes of the codes are kept", async ({ page }) => {
  await page.goto("/fr/privacy");
  await expect(page.getByRole("region", { name: "Sur un enseignant" })).toContainText("seulement une empreinte chiffrée");
  await page.goto("/en/privacy");
  await expect(page.getByRole("region", { name: "About a teacher" })).toContainText("only a keyed hash of each");
});

import { createClass, joinClass, signUpTeacher } from "./classroom-helpers";
import { contentPromise, expect, test } from "./fixtures";

/**
 * The header says who is signed in on every page, the static ones included (they stay static:
 * the name arrives from GET /api/session into a small island that keeps its width).
 */

const content = await contentPromise;

// Issue: the header said "Connexion" to a signed-in teacher or student on every static page.
test("the header names the signed-in teacher or student on static pages, and says Connexion again after signing out", async ({ page, browser }) => {
  await signUpTeacher(page);
  const { code } = await createClass(page, "3e A");
  for (const path of ["/fr", `/fr/articles/${content.articles[0]!.slug}`, "/fr/compare"]) {
    await page.goto(path);
    const account = page.getByRole("banner").getByRole("link", { name: "Connecté comme enseignant, vers vos classes : Mme Durand" });
    await expect(account).toBeVisible();
    await expect(account).toHaveAttribute("href", "/fr/teach");
  }
  // The page itself is the same for everyone: its HTML says "Connexion", the island says who.
  const html = await (await page.request.get("/fr")).text();
  expect(html).toContain(">Connexion<");
  expect(html).not.toContain("Mme Durand");

  const student = await (await browser.newContext()).newPage();
  await joinClass(student, code, "Nour");
  await student.goto("/en");
  await expect(student.getByRole("banner").getByRole("link", { name: "Signed in as a student, to your work: Nour" })).toHaveAttribute("href", "/en/my-work");

  await page.goto("/fr/teach");
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page).toHaveURL(/\/fr$/);
  await expect(page.getByRole("banner").getByRole("link", { name: "Connexion" })).toHaveAttribute("href", "/fr/sign-in");
  await student.context().close();
});

test("the header's account slot does not move the links around it", async ({ page }) => {
  await page.goto("/fr");
  const before = await page.getByRole("banner").getByRole("link", { name: "Comparer" }).boundingBox();
  await signUpTeacher(page);
  await page.goto("/fr");
  await expect(page.getByRole("banner").locator("[data-account=teacher]")).toBeVisible();
  expect(await page.getByRole("banner").getByRole("link", { name: "Comparer" }).boundingBox()).toEqual(before);
});

import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { answersReady, contentPromise, expect, test } from "./fixtures";
import { createClass, giveAssignment, joinClass, signUpTeacher } from "./classroom-helpers";

/**
 * Lateral reading (issue 27): the task sends the learner off the page through a search in a new
 * tab; the sources noted (in order, with what they say and how far they are trusted) and the
 * verdict are saved like any answer and survive a reload; after hand-in the trail stands beside a
 * fact-checker's path. When the school network blocks the web, the app's source cards stand in and
 * the answer says so. The teacher reads the trail, with its hint, in the review.
 */

test.describe.configure({ timeout: 180_000 });

const content = await contentPromise;
const article = content.articles.find((candidate) => candidate.slug === "axe-russie-resistance-chine")!;
const lateral = content.questionSets[article.slug]!.questions.find((question) => question.type === "lateral")!;
const path = content.lateralPaths.find((candidate) => lateral.type === "lateral" && candidate.subject === lateral.subject)!;

const card = (page: Page) => page.locator(`#q-${lateral.key}`);
const waitSaved = (page: Page) => expect(page.locator(`#answer-${lateral.key}-status`)).toContainText("Enregistré");

async function handIn(page: Page) {
  await page.getByRole("button", { name: "Rendre mon travail" }).click();
  await page.getByRole("button", { name: "Rendre", exact: true }).click();
  await expect(page).toHaveURL(/\/fr\/my-work\/[^/]+$/);
}

test("a learner searches in a new tab, notes two sources and a verdict, keeps them over a reload, and reads a fact-checker's path after hand-in", async ({
  page,
  expectAccessible,
}) => {
  // The search engine is not the app's to test: its page is a stand-in.
  await page.context().route("https://duckduckgo.com/**", (route) => route.fulfill({ contentType: "text/html", body: "<title>Recherche</title>" }));
  await page.goto(`/fr/articles/${article.slug}`);
  await answersReady(page);
  const task = card(page);

  const search = task.getByRole("link", { name: /Chercher «.Press TV.» dans un nouvel onglet/ });
  await expect(search).toHaveAttribute("target", "_blank");
  await expect(search).toHaveAttribute("rel", "noopener");
  await expect(search).toHaveAttribute("href", "https://duckduckgo.com/?q=Press%20TV");
  const [tab] = await Promise.all([page.context().waitForEvent("page"), search.click()]);
  await tab.close();
  await waitSaved(page);

  // First source, with the keyboard: the new row's address field takes the focus.
  await task.getByRole("button", { name: "Ajouter une source" }).click();
  const firstAddress = task.getByLabel("Adresse de la page (URL)").first();
  await expect(firstAddress).toBeFocused();
  await page.keyboard.type("javascript:alert(1)");
  await page.keyboard.press("Tab");
  await expect(task.getByText("Source 1\u00A0: l'adresse doit être une adresse web qui commence par http:// ou https://.").first()).toBeVisible();
  await expect(firstAddress).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator(`#answer-${lateral.key}-status`)).toContainText("Source 1");
  await firstAddress.fill("fr.wikipedia.org/wiki/Press_TV");
  await firstAddress.blur();
  await expect(firstAddress).toHaveValue("https://fr.wikipedia.org/wiki/Press_TV");
  const first = task.getByRole("group", { name: "Source 1" });
  await first.getByLabel("Ce que cette source en dit").fill("Chaîne internationale de l'IRIB, la radiotélévision d'État iranienne.");
  await first.getByRole("radio", { name: "3 – assez forte" }).check();
  await first.getByLabel(/Pourquoi cette confiance/).fill("Encyclopédie sourcée, à recouper.");

  await task.getByRole("button", { name: "Ajouter une source" }).click();
  const second = task.getByRole("group", { name: "Source 2" });
  await second.getByLabel("Adresse de la page (URL)").fill("https://www.rferl.org/a/iran_press_tv_uk_licence_revoked/24458242.html");
  await second.getByLabel("Ce que cette source en dit").fill("Ofcom a retiré sa licence en 2012.");
  await second.getByRole("radio", { name: "4 – forte" }).check();
  const verdict = "Press TV dépend de l'État iranien ; ses affirmations restent à vérifier.";
  await task.getByLabel(/Votre verdict/).fill(verdict);
  await waitSaved(page);

  await page.reload();
  await answersReady(page);
  await expect(card(page).getByLabel("Adresse de la page (URL)")).toHaveCount(2);
  await expect(card(page).getByLabel("Adresse de la page (URL)").nth(1)).toHaveValue(/rferl\.org/);
  await expect(card(page).getByRole("group", { name: "Source 1" }).getByRole("radio", { name: "3 – assez forte" })).toBeChecked();
  await expect(card(page).getByLabel(/Votre verdict/)).toHaveValue(verdict);
  await expectAccessible(page);

  await handIn(page);
  const mine = page.getByRole("region", { name: "Votre parcours" });
  await expect(mine).toContainText("https://fr.wikipedia.org/wiki/Press_TV");
  await expect(mine).toContainText("confiance\u00A0: assez forte");
  await expect(mine).toContainText(verdict);
  await expect(mine).toContainText(/Temps jusqu'au verdict\u00A0: \d+ min \d+ s/);
  const checker = page.getByRole("region", { name: "Le parcours d'un vérificateur" });
  await expect(checker.getByRole("listitem")).toHaveCount(path.steps.length);
  await expect(checker).toContainText(path.steps[0]!.fr.action);
  await expect(checker.getByRole("link", { name: "RFE/RL" })).toHaveAttribute("href", content.sources["rferl-2012-presstv-licence"]!.url);
  await expectAccessible(page);
});

test("when the network blocks the sites, the learner notes the app's source cards and the answer says so", async ({ page }) => {
  await page.goto(`/fr/articles/${article.slug}`);
  await answersReady(page);
  const task = card(page);
  await task.getByRole("checkbox", { name: /Le réseau de l'établissement bloque les sites/ }).check();
  await expect(task.getByText(/Mode hors ligne/)).toBeVisible();
  await expect(task.getByRole("button", { name: "Ajouter une fiche" })).toBeDisabled();
  await task.getByLabel("Fiche consultée").selectOption({ label: "Press TV" });
  await task.getByRole("button", { name: "Ajouter une fiche" }).click();
  const first = task.getByRole("group", { name: "Source 1" });
  await expect(first.getByLabel("Ce que cette source en dit")).toBeFocused();
  await page.keyboard.type("Chaîne de l'IRIB, sanctionnée par les États-Unis et l'Union européenne.");
  await task.getByLabel(/Votre verdict/).fill("Un média d'État iranien.");
  await waitSaved(page);

  await handIn(page);
  const mine = page.getByRole("region", { name: "Votre parcours" });
  await expect(mine).toContainText("Hors ligne\u00A0: le réseau bloquait les sites");
  await expect(mine).toContainText("fiche de l'application «\u00A0Press TV\u00A0»");
});

test("the teacher reads the trail in the review, with the rubric and the outside-sites hint, and the path in the answer key", async ({
  page,
  browser,
  expectAccessible,
}) => {
  await signUpTeacher(page);
  const { classId, code } = await createClass(page, "2de Lecture");
  await giveAssignment(page, classId, article.title.fr, "Dès qu'il rend son travail");
  const studentContext = await browser.newContext();
  const student = await studentContext.newPage();
  await joinClass(student, code, "Inès");
  const href = await student.getByRole("region", { name: "Mes devoirs" }).getByRole("link", { name: "Commencer" }).getAttribute("href");
  const assignmentId = new URL(href!, "http://x").searchParams.get("assignment")!;
  const value = {
    trail: [
      { url: "https://fr.wikipedia.org/wiki/Press_TV", says: "Chaîne de l'IRIB.", trust: 3, why: "Encyclopédie.", at: "2026-01-05T09:01:00.000Z" },
      {
        url: "https://www.presstv.ir/About",
        says: "Ce que la chaîne dit d'elle-même.",
        trust: 1,
        why: "C'est elle qui parle.",
        at: "2026-01-05T09:02:00.000Z",
      },
      { url: "https://www.rferl.org/a/24458242.html", says: "Licence retirée en 2012.", trust: 4, why: "", at: "2026-01-05T09:03:00.000Z" },
    ],
    verdict: "Un média de l'État iranien.",
    startedAt: "2026-01-05T09:00:00.000Z",
    verdictAt: "2026-01-05T09:06:05.000Z",
    offline: false,
  };
  const saved = await student.request.post("/api/answers", {
    data: { article: article.slug, question: lateral.key, assignmentId, value, baseRevision: 0, saveId: `save-${randomBytes(6).toString("hex")}` },
  });
  expect(saved.status()).toBe(200);

  await page.goto(`/fr/teach/classes/${classId}/assignments/${assignmentId}/questions/${lateral.key}`);
  const main = page.getByRole("main");
  await expect(main.getByText("https://www.rferl.org/a/24458242.html")).toBeVisible();
  await expect(main.locator('a[href="https://www.rferl.org/a/24458242.html"]')).toHaveCount(0);
  await expect(main).toContainText("Un média de l'État iranien.");
  await expect(main).toContainText("Temps jusqu'au verdict\u00A0: 6 min 5 s");
  await expect(main).toContainText("2 sites extérieurs");
  await expect(main).toContainText(content.rubrics[article.slug]!.questions[lateral.key]![3]!.fr.slice(0, 40));
  await expectAccessible(page);

  // The answer key printed before the lesson has the fact-checker's path under the task.
  await page.goto(`/fr/teach/guides/${article.slug}/key`);
  const key = page.locator(`[data-question="${lateral.key}"]`);
  await expect(key.getByRole("region", { name: "Le parcours d'un vérificateur" }).getByRole("listitem")).toHaveCount(path.steps.length);
  await studentContext.close();
});

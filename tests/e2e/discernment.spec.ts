import { randomBytes } from "node:crypto";
import type { BrowserContext, Page } from "@playwright/test";
import { cleanItems, controlExcerpts } from "../../lib/content/controls";
import { discernment } from "../../lib/scoring/discernment";
import { createClass, giveAssignment, joinClass, signUpTeacher } from "./classroom-helpers";
import { answersReady, contentPromise, expect, test } from "./fixtures";
import { selectQuote } from "./selection";

/**
 * Discernment in the highlighting exercise (issue 27): a student marks four reference spans and a
 * control excerpt in the reader, another marks whole paragraphs (everything); both hand in. Each
 * student's results show hits, false alarms and d′; the teacher's charts show the class's figures.
 */

test.describe.configure({ timeout: 240_000 });

const content = await contentPromise;
const article = content.articles.find((candidate) => candidate.slug === "crise-majeure-kazakhstan")!;
const technique = content.questionSets[article.slug]!.questions.find((question) => question.type === "technique")!;
const annotation = content.annotations[article.slug]!;
const marked = annotation.spans.slice(0, 4);
const excerpt = controlExcerpts(annotation)[0]!;
const signal = annotation.spans.length;
const noise = cleanItems(article.blocks, annotation).length;
const NBSP = "\u00A0";
const oneDecimal = (value: number) =>
  new Intl.NumberFormat("fr", { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: "negative" }).format(value);
const percent = (value: number) => new Intl.NumberFormat("fr", { style: "percent", maximumFractionDigits: 0 }).format(value);

async function handIn(page: Page) {
  await page.getByRole("button", { name: "Rendre mon travail" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Rendre", exact: true }).click();
  await expect(page).toHaveURL(/\/fr\/my-work\/[^/]+$/);
}

async function openAssignment(page: Page): Promise<string> {
  const link = page.getByRole("region", { name: "Mes devoirs" }).getByRole("link", { name: "Commencer" });
  const assignmentId = new URL((await link.getAttribute("href"))!, "http://x").searchParams.get("assignment")!;
  await link.click();
  await answersReady(page);
  return assignmentId;
}

test("hits, false alarms and d′ for each student, and the class's discernment for the teacher", async ({ page: teacher, browser }) => {
  await signUpTeacher(teacher);
  const { classId, code } = await createClass(teacher, `Discernement ${randomBytes(3).toString("hex")}`);
  await giveAssignment(teacher, classId, article.title.fr, "Dès qu'il rend son travail");
  const contexts: BrowserContext[] = [];
  const student = async (name: string) => {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    await joinClass(page, code, name, "tigre-nuage-pomme-vent");
    return page;
  };

  // Léa, in the reader: four reference spans and a few words of the first control excerpt.
  const lea = await student("Léa");
  await openAssignment(lea);
  const card = lea.locator(`#q-${technique.key}`);
  const controls = card.getByRole("region", { name: `Extraits de contrôle${NBSP}: ne font pas partie de l'article` });
  await expect(controls).toBeVisible();
  await expect(controls).toContainText(excerpt.fr.slice(0, 40));
  for (const passage of [...marked, { block: excerpt.block, quote: excerpt.fr.slice(0, 30) }]) {
    await selectQuote(lea, passage);
    await card.getByLabel("Technique", { exact: true }).selectOption("doubt");
    await card.getByRole("button", { name: "Ajouter la sélection" }).click();
  }
  await expect(card.getByRole("listitem").filter({ hasText: "Extrait 1" })).toBeVisible();
  await expect(lea.locator(`#answer-${technique.key}-status`)).toContainText("Enregistré");
  await handIn(lea);

  // Hugo marks every paragraph and every control excerpt whole: everything is flagged.
  const hugo = await student("Hugo");
  const assignmentId = await openAssignment(hugo);
  const blocks = [
    ...article.blocks.filter((block) => block.kind !== "title").map((block) => ({ block: block.id, text: block.text })),
    ...controlExcerpts(annotation).map((control) => ({ block: control.block, text: control.fr })),
  ];
  const saved = await hugo.request.post("/api/answers", {
    data: {
      article: article.slug,
      question: technique.key,
      assignmentId,
      value: { tags: blocks.map(({ block, text }) => ({ block, start: 0, end: text.length, quote: text, technique: "loaded-language" })) },
      baseRevision: 0,
      saveId: `save-${randomBytes(6).toString("hex")}`,
    },
  });
  expect(saved.status()).toBe(200);
  await hugo.reload();
  await answersReady(hugo);
  await handIn(hugo);

  const leaScore = discernment({ hits: 4, signal, falseAlarms: 1, noise });
  const hugoScore = discernment({ hits: signal, signal, falseAlarms: noise, noise });
  const summary = (page: Page) => page.getByRole("region", { name: "Repérer sans tout soupçonner" });
  await expect(summary(lea).locator("[data-hits]")).toHaveText(`Passages manipulateurs repérés${NBSP}: 4 sur ${signal}`);
  await expect(summary(lea).locator("[data-false-alarms]")).toHaveText(`Vous avez marqué 1 des ${noise} passages neutres.`);
  await expect(summary(lea).locator("[data-d-prime]")).toHaveText(`Discernement (d′)${NBSP}: ${oneDecimal(leaScore.dPrime!)}`);
  await expect(summary(lea)).toContainText(excerpt.fr.slice(0, 30));
  await expect(summary(hugo).locator("[data-false-alarms]")).toHaveText(`Vous avez marqué ${noise} des ${noise} passages neutres.`);
  await expect(summary(hugo)).toContainText("Se méfier de tout n'est pas repérer");
  await expect(summary(hugo).locator("[data-d-prime]")).toHaveText(`Discernement (d′)${NBSP}: ${oneDecimal(hugoScore.dPrime!)}`);

  await teacher.goto(`/fr/teach/classes/${classId}/assignments/${assignmentId}/charts`);
  const chart = teacher.getByRole("table", { name: "Discernement de la classe" });
  const all = chart.getByRole("row").filter({ hasText: "Toutes techniques" });
  await expect(all).toContainText(percent((4 + signal) / (2 * signal)));
  await expect(all).toContainText(percent((1 + noise) / (2 * noise)));
  await expect(all).toContainText(oneDecimal((leaScore.dPrime! + hugoScore.dPrime!) / 2));
  await expect(teacher.getByText("Sur 2 élèves ayant répondu à la question des techniques.")).toBeVisible();
  await Promise.all(contexts.map((context) => context.close()));
});

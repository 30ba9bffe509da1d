import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { claimOutcome } from "@/lib/claims/outcome";
import type { Question } from "@/lib/content/schemas";
import { brierScore, calibrationBins, type Estimate } from "@/lib/scoring/calibration";
import { createClass, giveAssignment, joinClass, signUpTeacher } from "./classroom-helpers";
import { answersReady, contentPromise, expect, test } from "./fixtures";

/**
 * Issue 27, item 1: a class answers the calibration question with known probabilities and hands
 * in; each learner's results and the teacher's charts show the figures the scoring module gives
 * for those inputs (Brier before and after, the bins in words, the most confident errors).
 */

const content = await contentPromise;
const article = content.articles[0]!;
const question = content.questionSets[article.slug]!.questions.find((candidate) => candidate.type === "calibration") as Extract<
  Question,
  { type: "calibration" }
>;
const cards = content.claims[article.slug]!.claims;
const outcomeOf = (id: string) => claimOutcome(cards.find((claim) => claim.id === id)!.status);
const pick = (outcome: 0 | 1 | null, skip = 0) => question.claims.filter((id) => outcomeOf(id) === outcome)[skip]!;
/** Two claims the record does not support, one it supports, one it cannot settle. */
const [S, U1, U2, N] = [pick(1), pick(0), pick(0, 1), pick(null)];

type Given = Record<string, [number, number | null]>;
const LEA: Given = { [S]: [80, 100], [U1]: [80, 10], [U2]: [30, 0], [N]: [60, null] };
const TOM: Given = { [S]: [20, 90], [U1]: [90, 0] };
const ZOE: Given = { [S]: [60, 100], [U1]: [70, null], [U2]: [10, 0] };
const estimates = (given: Given): Estimate[] => Object.entries(given).map(([claim, [before, after]]) => ({ claim, before, after, outcome: outcomeOf(claim) }));
const brier = (score: number) => new Intl.NumberFormat("fr-FR", { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(score);
const percent = (value: number) => `${Math.round(value)}\u00A0%`;
const claimText = (id: string) => cards.find((claim) => claim.id === id)!.fr.claim;

async function openAssignment(page: Page) {
  await page.goto("/fr/my-work");
  await page
    .getByRole("region", { name: "Mes devoirs" })
    .getByRole("link", { name: /^(Commencer|Continuer)$/ })
    .click();
  await answersReady(page);
}

async function handIn(page: Page) {
  await page.getByRole("button", { name: "Rendre mon travail" }).click();
  await page.getByRole("button", { name: "Rendre", exact: true }).click();
  await expect(page).toHaveURL(/\/fr\/my-work\/[^/]+$/);
}

test("a class's calibration: each learner's Brier, bins and errors, and the teacher's per-claim debrief", async ({ browser, expectAccessible }) => {
  test.setTimeout(240_000);
  const teacher = await (await browser.newContext()).newPage();
  await signUpTeacher(teacher);
  const { classId, code } = await createClass(teacher, `Calibration ${randomBytes(3).toString("hex")}`);
  await giveAssignment(teacher, classId, article.title.fr, "Dès qu'il rend son travail");

  // Léa answers in the editor: before first; the estimate after appears once she has given it.
  const lea = await (await browser.newContext()).newPage();
  await joinClass(lea, code, "Léa");
  await openAssignment(lea);
  const assignmentId = new URL(lea.url()).searchParams.get("assignment")!;
  const card = lea.locator(`#q-${question.key}`);
  for (const [claim, [before, after]] of Object.entries(LEA)) {
    const item = card.getByRole("listitem").filter({ hasText: claimText(claim) });
    await expect(item.getByLabel("Après avoir lu le dossier")).toBeHidden();
    await item.getByLabel("Avant de lire le dossier").selectOption(String(before));
    await expect(item.getByRole("link", { name: "Lire le dossier de cette affirmation" })).toHaveAttribute("href", new RegExp(`/claims#claim-${claim}$`));
    if (after !== null) await item.getByLabel("Après avoir lu le dossier").selectOption(String(after));
  }
  await expect(lea.getByText("Toutes vos réponses sont enregistrées.")).toBeVisible();
  await expectAccessible(lea);
  await handIn(lea);

  // Tom and Zoé save theirs as the editor does, then hand in from the page.
  for (const [name, given] of [
    ["Tom", TOM],
    ["Zoé", ZOE],
  ] as const) {
    const page = await (await browser.newContext()).newPage();
    await joinClass(page, code, name);
    const value = { estimates: Object.fromEntries(Object.entries(given).map(([claim, [before, after]]) => [claim, { before, after }])) };
    const saved = await page.request.post("/api/answers", {
      data: { article: article.slug, question: question.key, assignmentId, value, baseRevision: 0, saveId: `save-${randomBytes(6).toString("hex")}` },
    });
    expect(saved.status()).toBe(200);
    await openAssignment(page);
    await expect(page.locator(`#q-${question.key} select[data-claim="${S}"][data-side="before"]`)).toHaveValue(String(given[S]![0]));
    await handIn(page);
    await page.context().close();
  }

  // Léa's results: the figures the scoring module gives for her inputs.
  const own = estimates(LEA);
  const results = lea.getByRole("region", { name: "Calibration : vos estimations face au dossier" });
  await expect(results.locator("[data-brier=before]")).toContainText(`${brier(brierScore(own, "before")!.score)} (3 affirmations comptées)`);
  await expect(results.locator("[data-brier=after]")).toContainText(`${brier(brierScore(own, "after")!.score)} (3 affirmations comptées)`);
  for (const bin of calibrationBins(own, "before")) {
    await expect(
      results
        .getByRole("list", { name: "Avant lecture" })
        .getByText(`Quand vous avez dit ${bin.percent}\u00A0%, le dossier appuyait l'affirmation ${bin.supported} fois sur ${bin.count}.`),
    ).toBeVisible();
  }
  // Her one confident error: 80 % on a claim the record does not support.
  await expect(results.locator("[data-error]")).toHaveCount(1);
  await expect(results.locator(`[data-error="${U1}"]`)).toContainText("Vous disiez 80\u00A0%");
  await expectAccessible(lea);

  // The teacher's charts: per claim the class's means, the confident errors, the pooled bins.
  await teacher.goto(`/fr/teach/classes/${classId}/assignments/${assignmentId}/charts`);
  const section = teacher.getByRole("region", { name: "Calibration : la confiance de la classe face au dossier" });
  await expect(section.getByText("D'après 3 élèves qui ont donné au moins une estimation.")).toBeVisible();
  const students = [LEA, TOM, ZOE];
  for (const claim of [S, U1, U2]) {
    const befores = students.flatMap((given) => (given[claim] ? [given[claim][0]] : []));
    const afters = students.flatMap((given) => (given[claim]?.[1] != null ? [given[claim][1]!] : []));
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const wrong = befores.filter((before) => Math.abs(before / 100 - outcomeOf(claim)!) > 0.5).length;
    await expect(section.locator(`[data-claim-row="${claim}"] td`)).toHaveText([
      claimText(claim),
      outcomeOf(claim) ? "oui (1)" : "non (0)",
      percent(mean(befores)),
      percent(mean(afters)),
      String(wrong),
    ]);
  }
  // U1: all three on the wrong side; S: Tom alone (20 %); U2: nobody.
  await expect(section.locator("[data-class-error]")).toHaveCount(2);
  await expect(section.locator("[data-class-error]").first()).toHaveAttribute("data-class-error", U1);
  await expect(section.locator(`[data-class-error="${U1}"]`)).toContainText("Du mauvais côté avant lecture : 3 sur 3 ; moyenne annoncée : 80\u00A0%.");
  for (const bin of calibrationBins(students.flatMap(estimates), "before")) {
    await expect(
      section
        .getByRole("list", { name: "Avant lecture" })
        .getByText(`Quand la classe a dit ${bin.percent}\u00A0%, le dossier appuyait l'affirmation ${bin.supported} fois sur ${bin.count}.`),
    ).toBeVisible();
  }
  await expectAccessible(teacher);
  await lea.context().close();
  await teacher.context().close();
});

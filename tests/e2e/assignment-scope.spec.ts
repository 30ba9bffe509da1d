import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { createClass, joinClass, signUpTeacher } from "./classroom-helpers";
import { answersReady, contentPromise, expect, test } from "./fixtures";

/**
 * What an assignment asks and of whom: a teacher gives six chosen questions of an article; a
 * student sees exactly those six, answers and hands in without the others. In French and English.
 */

test.describe.configure({ timeout: 180_000 });

const content = await contentPromise;
const article = content.articles[2]!;
const questions = content.questionSets[article.slug]!.questions;
const short = content.questionSets[article.slug]!.sets.short;
const exerciseKey = `article:${article.slug}`;
/** The six asked: the short lesson less its last question. */
const asked = short.slice(0, 6);

const WORDS = {
  fr: {
    summary: (count: number) => new RegExp(`^Questions\\s:\\s${count} sur ${questions.length}$`),
    short: `Séance courte (${short.length} questions)`,
    give: "Donner le devoir",
    submit: "Rendre mon travail",
    confirm: "Rendre",
    progress: "1 question répondue sur 6.",
  },
  en: {
    summary: (count: number) => new RegExp(`^Questions:\\s${count} of ${questions.length}$`),
    short: `Short lesson (${short.length} questions)`,
    give: "Give the assignment",
    submit: "Submit my work",
    confirm: "Submit",
    progress: "1 of 6 questions answered.",
  },
} as const;

/** The question cards the student can see. */
const visibleCards = (page: Page) => page.locator("li[id^='q-']:visible");

for (const locale of ["fr", "en"] as const) {
  const words = WORDS[locale];
  test(`${locale}: a teacher gives six chosen questions; the student sees exactly those and hands in`, async ({ page, browser, db, expectAccessible }) => {
    await signUpTeacher(page);
    const { classId, code } = await createClass(page, `Classe ${randomBytes(3).toString("hex")}`);

    // The article, its questions folded under it: the short lesson, less one.
    await page.goto(`/${locale}/teach/classes/${classId}/assignments/new`);
    await page.getByRole("checkbox", { name: article.title[locale], exact: true }).check();
    const chooser = page.locator("details").filter({ has: page.locator(`input[name=chooses][value="${exerciseKey}"]`) });
    await chooser.locator("summary").click();
    await expect(chooser.locator("summary")).toHaveText(words.summary(questions.length));
    await chooser.getByRole("button", { name: words.short }).click();
    await expect(chooser.getByRole("button", { name: words.short })).toHaveAttribute("aria-pressed", "true");
    await chooser.locator(`input[value="${exerciseKey}/${short.at(-1)}"]`).uncheck();
    await expect(chooser.locator("summary")).toHaveText(words.summary(6));
    await expectAccessible(page);
    await page.getByRole("button", { name: words.give }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/teach/classes/${classId}#assignments$`));
    const { rows } = await db.query<{ id: string; questionKeys: string[] }>(`SELECT id, "questionKeys" FROM "Assignment" WHERE "classId" = $1`, [classId]);
    expect(rows).toEqual([{ id: expect.any(String), questionKeys: asked }]);
    const assignmentId = rows[0]!.id;

    // The student: exactly the six, in the reading method's order, and handing in needs only those.
    const student = await (await browser.newContext()).newPage();
    await joinClass(student, code, "Léa");
    await student.goto(`/${locale}/articles/${article.slug}?assignment=${assignmentId}`);
    await answersReady(student);
    await expect(visibleCards(student)).toHaveCount(6);
    expect(await visibleCards(student).evaluateAll((cards) => cards.map((card) => card.id.slice(2)))).toEqual(asked);
    const open = asked.find((key) => questions.find((question) => question.key === key)?.type === "open")!;
    const saved = student.waitForResponse((response) => response.url().endsWith("/api/answers") && response.status() === 200);
    await student.locator(`#q-${open} textarea`).fill(locale === "fr" ? "La thèse du texte." : "The text's thesis.");
    const { attemptId } = (await (await saved).json()) as { attemptId: string };
    await expect(student.getByText(words.progress)).toBeVisible();
    await expectAccessible(student);
    await student.getByRole("button", { name: words.submit }).click();
    await student.getByRole("dialog").getByRole("button", { name: words.confirm, exact: true }).click();
    await expect(student).toHaveURL(`/${locale}/my-work/${attemptId}`);
    const { rows: attempts } = await db.query<{ status: string }>(`SELECT status FROM "Attempt" WHERE id = $1`, [attemptId]);
    expect(attempts).toEqual([{ status: "SUBMITTED" }]);

    // A question it does not ask takes no answer, even sent by hand: a clear refusal, nothing stored.
    const hidden = questions.find((question) => question.type === "open" && !asked.includes(question.key))!;
    const refused = await student.request.post("/api/answers", {
      data: {
        article: article.slug,
        question: hidden.key,
        assignmentId,
        value: { text: "hors devoir" },
        baseRevision: 0,
        saveId: `save-${randomBytes(6).toString("hex")}`,
        locale,
      },
    });
    expect(refused.status()).toBe(409);
    expect(await refused.json()).toMatchObject({ code: "QUESTION_NOT_ASSIGNED" });
    await student.context().close();
  });
}

import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { createClass, joinClass, signUpTeacher } from "./classroom-helpers";
import { answersReady, contentPromise, expect, test } from "./fixtures";
import { printToPdf } from "./print";

/**
 * Planning a lesson on the longest article, and what an assignment asks of whom: from the class
 * page the teacher opens the guide and prints the key, then gives six chosen questions to a group,
 * with a later due day for one student; the group's students see exactly those six, answer and
 * hand in without the others; a student outside it does not see it. In French and English.
 */

test.describe.configure({ timeout: 180_000 });

const content = await contentPromise;
const length = (candidate: (typeof content.articles)[number]) => candidate.blocks.reduce((sum, block) => sum + block.text.length, 0);
/** The longest article: the one whose key is hardest to fit on paper. */
const article = content.articles.toSorted((a, b) => length(b) - length(a))[0]!;
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

/** On the new assignment form: the article, its questions folded under it: the short lesson, less one. */
async function chooseSix(page: Page, locale: "fr" | "en") {
  const words = WORDS[locale];
  await page.getByRole("checkbox", { name: article.title[locale], exact: true }).check();
  const chooser = page.locator("details").filter({ has: page.locator(`input[name=chooses][value="${exerciseKey}"]`) });
  await chooser.locator("summary").click();
  await expect(chooser.locator("summary")).toHaveText(words.summary(questions.length));
  await chooser.getByRole("button", { name: words.short }).click();
  await expect(chooser.getByRole("button", { name: words.short })).toHaveAttribute("aria-pressed", "true");
  await chooser.locator(`input[value="${exerciseKey}/${short.at(-1)}"]`).uncheck();
  await expect(chooser.locator("summary")).toHaveText(words.summary(6));
}

/** The question cards the student can see. */
const visibleCards = (page: Page) => page.locator("li[id^='q-']:visible");

for (const locale of ["fr", "en"] as const) {
  const words = WORDS[locale];
  test(`${locale}: a teacher gives six chosen questions; the student sees exactly those and hands in`, async ({ page, browser, db, expectAccessible }) => {
    await signUpTeacher(page);
    const { classId, code } = await createClass(page, `Classe ${randomBytes(3).toString("hex")}`);

    // The article, its questions folded under it: the short lesson, less one.
    await page.goto(`/${locale}/teach/classes/${classId}/assignments/new`);
    await chooseSix(page, locale);
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

const DUE = {
  fr: { class: /À rendre le 15 janvier 2027/, own: /À rendre le 1(er)? février 2027/ },
  en: { class: "Due on January 15, 2027", own: "Due on February 1, 2027" },
} as const;

const GROUP_WORDS = {
  fr: {
    guide: `Guide de l'enseignant : ${article.title.fr}`,
    key: `Corrigé : ${article.title.fr}`,
    print: "Imprimer",
    groupName: "Nom du groupe",
    create: "Créer le groupe",
    members: "Élèves du groupe Groupe A",
    save: "Enregistrer les élèves",
    saved: "Élèves du groupe enregistrés.",
    groups: "Des groupes",
    extraTime: "Plus de temps pour certains élèves",
    dueFor: "Jour limite de Tom",
  },
  en: {
    guide: `Teacher's guide: ${article.title.en}`,
    key: `Answer key: ${article.title.en}`,
    print: "Print",
    groupName: "Group name",
    create: "Create the group",
    members: "Students of the group Groupe A",
    save: "Save the students",
    saved: "Students of the group saved.",
    groups: "Groups",
    extraTime: "Extra time for some students",
    dueFor: "Due day for Tom",
  },
} as const;

for (const locale of ["fr", "en"] as const) {
  const words = { ...WORDS[locale], ...GROUP_WORDS[locale] };
  test(`${locale}: from the class page the teacher opens the guide and prints the key; a group made on the students page is given six questions, with a later due day for one of its students; a student outside does not see it; the grid filters by group`, async ({
    page,
    browser,
    db,
    expectAccessible,
  }) => {
    await signUpTeacher(page);
    const { classId, code } = await createClass(page, `Classe ${randomBytes(3).toString("hex")}`);
    const students = await Promise.all(
      ["Léa", "Tom", "Inès"].map(async (name) => {
        const student = await (await browser.newContext()).newPage();
        await joinClass(student, code, name);
        return student;
      }),
    );
    const [lea, tom, ines] = students as [Page, Page, Page];

    // Before the lesson: the guide, then the key, each one click from the class page; the key prints on 6 A4 pages at most.
    await page.goto(`/${locale}/teach/classes/${classId}`);
    await page.getByRole("link", { name: words.guide }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/teach/guides/${article.slug}$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText(article.title[locale]);
    await page.goBack();
    await page.getByRole("link", { name: words.key }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/teach/guides/${article.slug}/key$`));
    await expect(page.getByRole("button", { name: words.print })).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("[data-question]")).toHaveCount(questions.length);
    const key = await printToPdf(page, `key-${locale}`);
    expect(key.pages).toBeGreaterThan(0);
    expect(key.pages).toBeLessThanOrEqual(6);
    await page.emulateMedia({ media: "screen" });

    // The students page: a group, then its two students ticked.
    await page.goto(`/${locale}/teach/classes/${classId}/students`);
    await page.getByLabel(words.groupName, { exact: true }).fill("Groupe A");
    await page.getByRole("button", { name: words.create }).click();
    const members = page.getByRole("group", { name: words.members });
    await members.getByRole("checkbox", { name: "Léa" }).check();
    await members.getByRole("checkbox", { name: "Tom" }).check();
    await page.getByRole("button", { name: words.save }).click();
    await expect(page.getByText(words.saved)).toBeVisible();
    await expectAccessible(page);
    const { rows: groups } = await db.query<{ id: string; members: string[] }>(
      `SELECT g.id, array_agg(en.name ORDER BY en.name) AS members FROM "Group" g JOIN "GroupMember" gm ON gm."groupId" = g.id JOIN "Enrolment" en ON en.id = gm."enrolmentId" WHERE g."classId" = $1 GROUP BY g.id`,
      [classId],
    );
    expect(groups).toEqual([{ id: expect.any(String), members: ["Léa", "Tom"] }]);
    const groupId = groups[0]!.id;

    // The new assignment: six questions, for the group, due on the 15th, Tom on the 1st of the next month.
    await page.goto(`/${locale}/teach/classes/${classId}/assignments/new`);
    await chooseSix(page, locale);
    await page.locator("#due-on").fill("2027-01-15");
    await page.getByRole("radio", { name: words.groups, exact: true }).check();
    await page.getByRole("checkbox", { name: /^Groupe A/ }).check();
    await page.getByText(words.extraTime).click();
    await page.getByLabel(words.dueFor).fill("2027-02-01");
    await expectAccessible(page);
    await page.getByRole("button", { name: words.give }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/teach/classes/${classId}#assignments$`));
    const { rows } = await db.query<{ id: string; audience: string }>(`SELECT id, audience::text FROM "Assignment" WHERE "classId" = $1`, [classId]);
    expect(rows).toEqual([{ id: expect.any(String), audience: "GROUPS" }]);
    const assignmentId = rows[0]!.id;

    // The edit form shows whom it is for and Tom's own day.
    await page.goto(`/${locale}/teach/classes/${classId}/assignments/${assignmentId}/edit`);
    await expect(page.getByRole("radio", { name: words.groups, exact: true })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: /^Groupe A/ })).toBeChecked();
    await expect(page.getByLabel(words.dueFor)).toHaveValue("2027-02-01");

    // Each student of the group with their own due day; Inès, outside it, does not see it, nor open it.
    const reader = `/${locale}/articles/${article.slug}?assignment=${assignmentId}`;
    for (const [student, due] of [
      [lea, DUE[locale].class],
      [tom, DUE[locale].own],
    ] as const) {
      await student.goto(reader);
      await answersReady(student);
      await expect(student.getByText(due)).toBeVisible();
      await expect(visibleCards(student)).toHaveCount(6);
      expect(await visibleCards(student).evaluateAll((cards) => cards.map((card) => card.id.slice(2)))).toEqual(asked);
    }
    await ines.goto(`/${locale}/my-work`);
    await expect(ines.locator("main")).toBeVisible();
    await expect(ines.locator(`a[href*="assignment=${assignmentId}"]`)).toHaveCount(0);
    await ines.goto(reader);
    await answersReady(ines);
    await expect(
      ines.getByText(locale === "fr" ? "Ce devoir est introuvable dans vos classes." : "This assignment could not be found in your classes."),
    ).toBeVisible();

    // The grid: the group's two students; with the group filter, the same; Inès never.
    await page.goto(`/${locale}/teach/classes/${classId}/assignments/${assignmentId}`);
    const grid = page.getByRole("table").locator("tbody");
    await expect(grid.getByRole("rowheader")).toHaveText(["Léa", "Tom"]);
    await page
      .getByRole("navigation", { name: locale === "fr" ? "Élèves" : "Students" })
      .getByRole("link", { name: "Groupe A" })
      .click();
    await expect(page).toHaveURL(new RegExp(`\\?group=${groupId}$`));
    await expect(grid.getByRole("rowheader")).toHaveText(["Léa", "Tom"]);

    // The class page counts the group's two students, not the class's three.
    await page.goto(`/${locale}/teach/classes/${classId}`);
    await expect(page.getByText(locale === "fr" ? /sur 2 élèves$/ : /of 2 students$/)).toBeVisible();
    await Promise.all(students.map((student) => student.context().close()));
  });
}

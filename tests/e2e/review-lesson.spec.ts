import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { parseCsv } from "@/lib/export/csv";
import { createClass, giveAssignment, joinClass, signUpTeacher } from "./classroom-helpers";
import { contentPromise, expect, test } from "./fixtures";

/**
 * The teacher's review as a first lesson meets it: students hidden behind numbers that give
 * nobody away and agree across screens and files; "By question" with the answers first and a
 * filter; "By student" opening on work, with a picker.
 */

test.describe.configure({ mode: "serial", timeout: 240_000 });

const content = await contentPromise;
const article = content.articles[0]!;
const open = content.questionSets[article.slug]!.questions.filter((question) => question.type === "open");
const question = open[0]!;

let teacher: Page;
let classId: string;
let assignmentId: string;
/** Joined in this order, which is not the alphabetical one. */
const NAMES = ["Zoé", "Ana", "Malo", "Inès"];
/** Answers that do not give their author's name away. */
const ANSWERS: Record<string, string> = { Zoé: "Un texte de propagande.", Ana: "Une source d'État.", Malo: "", Inès: "Un récit sans preuves." };
const answerOf = (name: string) => ANSWERS[name]!;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(240_000);
  teacher = await (await browser.newContext()).newPage();
  await signUpTeacher(teacher);
  const room = await createClass(teacher, "2nde A");
  classId = room.classId;
  await giveAssignment(teacher, classId, article.title.fr, "Dès qu'il rend son travail");
  for (const name of NAMES) {
    const context = await browser.newContext();
    const student = await context.newPage();
    await joinClass(student, room.code, name);
    const href = await student.getByRole("region", { name: "Mes devoirs" }).getByRole("link", { name: "Commencer" }).getAttribute("href");
    assignmentId = new URL(href!, "http://x").searchParams.get("assignment")!;
    // Malo opens the assignment but answers nothing.
    const text = answerOf(name);
    const saved = await student.request.post("/api/answers", {
      data: { article: article.slug, question: question.key, assignmentId, value: { text }, baseRevision: 0, saveId: `save-${randomBytes(6).toString("hex")}` },
    });
    expect(saved.status()).toBe(200);
    await context.close();
  }
});

test.afterAll(async () => {
  await teacher?.context().close();
});

const byQuestion = () => `/fr/teach/classes/${classId}/assignments/${assignmentId}/questions/${question.key}`;

// Issue: "Élève 1" was the first name of the roll call on the projector and in blind grading, and
// the first to arrive in the pseudonymised CSV, so one number named two students.
test("each student keeps one number in projection, blind review and the pseudonymised export, unrelated to names or arrival", async () => {
  // Blind review: each card's number, with the answer under it.
  await teacher.goto(`${byQuestion()}?blind=1`);
  const numberOf = new Map<string, string>();
  for (const card of await teacher.locator("article[id^=student-]").all()) {
    const heading = (await card.locator("h3").textContent())!.trim();
    expect(heading).toMatch(/^Élève \d+$/);
    const text = (await card.textContent()) ?? "";
    const name = NAMES.find((candidate) => answerOf(candidate) !== "" && text.includes(answerOf(candidate)));
    if (name) numberOf.set(name, heading);
  }
  expect([...numberOf.keys()].sort()).toEqual(["Ana", "Inès", "Zoé"]);
  await expect(teacher.getByRole("main")).not.toContainText("Zoé");
  // Neither the roll call (Ana, Inès, Malo, Zoé) nor arrival (Zoé, Ana, Malo, Inès) decides them.
  const numbers = NAMES.filter((name) => numberOf.has(name)).map((name) => Number(numberOf.get(name)!.split(" ")[1]));
  expect(new Set(numbers).size).toBe(3);

  // Projection: the same numbers, one answer at a time.
  for (let index = 1; index <= 3; index += 1) {
    await teacher.goto(`${byQuestion()}?mode=projection&i=${index}`);
    const heading = (await teacher.locator("article h2").textContent())!.trim();
    const name = NAMES.find((candidate) => candidate !== "Malo" && numberOf.get(candidate) === heading)!;
    await expect(teacher.locator("article")).toContainText(answerOf(name));
  }

  // The pseudonymised export: the same number on the same student's line.
  const response = await teacher.request.get(`/api/teach/assignments/${assignmentId}/export?pseudonymised=1&sep=semicolon&locale=fr`);
  expect(response.status()).toBe(200);
  const rows = parseCsv(new TextDecoder().decode(await response.body()).replace(/^\uFEFF/, ""), "semicolon").slice(1);
  for (const [name, heading] of numberOf) {
    const line = rows.find((row) => row[2] === heading && row[3] === question.key)!;
    expect(line[5], `${heading} in the export`).toBe(answerOf(name));
  }
});

test("'By question' lists the answers first, filters them, and shows the rubric once above compact score buttons", async ({ expectAccessible }) => {
  await teacher.goto(byQuestion());
  const headings = async () => (await teacher.locator("article[id^=student-] h3").allTextContents()).map((text) => text.trim());
  // Answered first (Ana, Inès, Zoé by name), then Malo who has not answered.
  expect(await headings()).toEqual(["Ana", "Inès", "Zoé", "Malo"]);
  await teacher.getByRole("navigation", { name: "Quelles réponses" }).getByRole("link", { name: "Ont répondu (3)" }).click();
  await expect(teacher).toHaveURL(/\?show=answered$/);
  expect(await headings()).toEqual(["Ana", "Inès", "Zoé"]);
  await expect(teacher.getByRole("link", { name: "Ont rendu (0)" })).toBeVisible();
  // The rubric once, above; on each card the score is a row of compact buttons named by their level.
  await expect(teacher.getByText("Grille de notation (0 à 3)")).toHaveCount(1);
  const card = teacher.locator("article[id^=student-]").first();
  await card.getByRole("radio", { name: /^2 – / }).check({ force: true });
  await expect(card.getByRole("radio", { name: /^2 – / })).toBeChecked();
  await expectAccessible(teacher);
});

test("'By student' opens on the first student with work, and a picker goes to any student, with or without names", async () => {
  await teacher.goto(`/fr/teach/classes/${classId}/assignments/${assignmentId}/students`);
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText("Ana");
  const picker = teacher.getByLabel("Élève", { exact: true });
  await picker.selectOption({ label: "Malo · En cours" });
  await teacher.getByRole("button", { name: "Afficher" }).click();
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText("Malo");
  // Names hidden: the list and previous/next follow the students' numbers.
  await teacher.getByRole("link", { name: "Masquer les noms" }).click();
  await expect(teacher).toHaveURL(/\?blind=1$/);
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText(/^Élève \d+$/);
  const numbers = async () => (await picker.locator("option").allTextContents()).map((option) => Number(/^Élève (\d+)/.exec(option)?.[1]));
  await expect.poll(numbers).toEqual([...(await numbers())].sort((a, b) => a - b));
  await expect(teacher.getByRole("main")).not.toContainText("Malo");
});

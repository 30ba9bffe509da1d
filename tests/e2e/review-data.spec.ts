import { readFile } from "node:fs/promises";
import { BOM, parseCsv } from "../../lib/export/csv";
import { shareClassroom, type Classroom } from "./classroom-helpers";
import { contentPromise, expect, test } from "./fixtures";

/**
 * A teacher's data pages: the CSV downloaded from the export page and read back, the class
 * charts, a student's work deleted with the keyboard, and a class deleted by typing its name
 * with JavaScript off. Axe on each page.
 */

test.describe.configure({ mode: "serial", timeout: 240_000 });

const content = await contentPromise;
const article = content.articles[1]!;
const question = content.questionSets[article.slug]!.questions.find((candidate) => candidate.type === "open")!;
let room: Classroom;

shareClassroom(article, question.key, (value) => (room = value));

const assignmentPath = () => `/fr/teach/classes/${room.classId}/assignments/${room.assignmentId}`;

test("the teacher downloads the CSV from the export page and it reads back with accents intact", async ({ expectAccessible }) => {
  const page = await room.personas.teacherA.newPage();
  await page.goto(`${assignmentPath()}/export`);
  await expect(page.getByRole("heading", { level: 1, name: "Exporter les réponses" })).toBeVisible();
  await expectAccessible(page);
  const options = page.getByRole("region", { name: "Options" });
  await options.getByRole("radio", { name: /Point-virgule/ }).check();
  const download = page.waitForEvent("download");
  await options.getByRole("button", { name: "Télécharger le CSV" }).click();
  const file = await readFile((await (await download).path())!, "utf8");
  expect(file.startsWith(BOM)).toBe(true);
  const [header, ...rows] = parseCsv(file, "semicolon");
  expect(header?.[2]).toBe("Élève");
  const lea = rows.find((row) => row[2] === "Léa" && row[3] === question.key)!;
  expect(lea[0]).toBe(room.className);
  expect(lea[4]).toBe(question.fr.prompt);
  expect(lea[5]).toBe("Réponse de Léa.");
  await page.goto(`/en/teach/classes/${room.classId}/export`);
  await expectAccessible(page);
  await page.close();
});

test("another teacher and a student get 404 from the export; a visitor is sent to the teacher's sign-in", async () => {
  for (const persona of ["teacherB", "studentA"] as const) {
    const response = await room.personas[persona].request.get(`/api/teach/assignments/${room.assignmentId}/export`);
    expect(response.status(), persona).toBe(404);
    expect(await response.json()).toMatchObject({ code: "NOT_FOUND" });
  }
  const visitor = await room.personas.anonymous.request.get(`/api/teach/assignments/${room.assignmentId}/export?locale=fr`, { maxRedirects: 0 });
  expect(visitor.status()).toBe(303);
  expect(visitor.headers().location).toBe("/fr/sign-in/teacher");
});

test("the teacher sees the class charts", async ({ expectAccessible }) => {
  const page = await room.personas.teacherA.newPage();
  for (const locale of ["fr", "en"]) {
    await page.goto(`/${locale}/teach/classes/${room.classId}/assignments/${room.assignmentId}/charts`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(locale === "fr" ? "Graphiques de la classe" : "Class charts");
    await expect(page.getByRole("heading", { level: 3, name: locale === "fr" ? "Ce que la classe a surligné" : "What the class highlighted" })).toBeVisible();
    await expectAccessible(page);
  }
  await page.close();
});

test("the teacher deletes a student's work with the keyboard", async ({ db }) => {
  const page = await room.personas.teacherA.newPage();
  await page.goto(`${assignmentPath()}/export`);
  await page.getByRole("button", { name: "Supprimer le travail de Léa" }).focus();
  await page.keyboard.press("Enter");
  const confirm = page.getByRole("dialog").getByRole("button", { name: "Confirmer" });
  await expect(confirm).toBeVisible();
  await confirm.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Aucun élève n'a encore commencé ce devoir.")).toBeVisible();
  const { rows } = await db.query(`SELECT 1 FROM "Attempt" WHERE "id" = $1`, [room.attemptId]);
  expect(rows).toHaveLength(0);
  await page.close();
});

test("the teacher deletes the class by typing its name, without JavaScript", async ({ browser, db, expectAccessible }) => {
  // axe runs as a script: it checks the page in the teacher's usual browser first.
  const withScript = await room.personas.teacherA.newPage();
  await withScript.goto(`/fr/teach/classes/${room.classId}/delete`);
  await expectAccessible(withScript);
  await withScript.close();
  const context = await browser.newContext({ storageState: await room.personas.teacherA.storageState(), javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/fr/teach/classes/${room.classId}/delete`);
  await page.getByLabel(/tapez le nom de la classe/).fill("une autre");
  await page.getByRole("button", { name: "Supprimer définitivement" }).click();
  await expect(page.getByText("Le nom tapé n'est pas celui de la classe")).toBeVisible();
  expect((await db.query(`SELECT 1 FROM "Class" WHERE "id" = $1`, [room.classId])).rows).toHaveLength(1);
  await page.getByLabel(/tapez le nom de la classe/).fill(room.className);
  await page.getByRole("button", { name: "Supprimer définitivement" }).click();
  await expect(page).toHaveURL(/\/fr\/teach$/);
  expect((await db.query(`SELECT 1 FROM "Class" WHERE "id" = $1`, [room.classId])).rows).toHaveLength(0);
  await context.close();
});

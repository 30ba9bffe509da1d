import { createClass, joinClass, signUpTeacher } from "./classroom-helpers";
import { answersReady, contentPromise, expect, test, typeAndSave } from "./fixtures";

/**
 * A guest erases their own work (issue 22): "Mon travail" offers it, a page says what goes and asks
 * to confirm (or cancel), and then the guest's attempts, answers, user and sessions are gone: the
 * cookie stops working and nothing of the work is left in the browser. A student with an account is
 * offered nothing of this: their work belongs to their class.
 */

const content = await contentPromise;
const article = content.articles[0]!;
const question = content.questionSets[article.slug]!.questions.find((candidate) => candidate.type === "open")!;

test("a guest erases their work after confirming; the guest, its sessions and the cookie are gone", async ({ page, browser, db, expectAccessible }) => {
  await page.goto(`/fr/articles/${article.slug}`);
  await answersReady(page);
  const { attemptId } = await typeAndSave(page, question.key, "Une réponse à effacer.");
  const { rows } = await db.query<{ userId: string }>(`SELECT "userId" FROM "Attempt" WHERE id = $1`, [attemptId]);
  const guestId = rows[0]!.userId;
  const cookies = await page.context().cookies();

  await page.goto("/fr/my-work");
  const offer = page.getByRole("region", { name: "Effacer mon travail" });
  await offer.getByRole("link", { name: "Effacer mon travail…" }).click();
  await expect(page).toHaveURL(/\/fr\/my-work\/delete$/);
  await expect(page.getByRole("main").getByRole("listitem").filter({ hasText: "1 réponse" })).toHaveCount(1);
  await expectAccessible(page);

  // Cancelling keeps everything.
  await page.getByRole("link", { name: "Annuler" }).click();
  await expect(page).toHaveURL(/\/fr\/my-work$/);
  expect((await db.query(`SELECT 1 FROM "Attempt" WHERE id = $1`, [attemptId])).rowCount).toBe(1);

  await page.goto("/fr/my-work/delete");
  await page.getByRole("button", { name: "Effacer définitivement" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/fr\/my-work\/deleted$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Travail effacé");
  await expectAccessible(page);

  const count = async (sql: string) => (await db.query(sql, [guestId])).rowCount;
  expect(await count(`SELECT 1 FROM "User" WHERE id = $1`)).toBe(0);
  expect(await count(`SELECT 1 FROM "Session" WHERE "userId" = $1`)).toBe(0);
  expect(await count(`SELECT 1 FROM "Attempt" WHERE "userId" = $1`)).toBe(0);
  expect((await db.query(`SELECT 1 FROM "Answer" WHERE "attemptId" = $1`, [attemptId])).rowCount).toBe(0);

  // The browser holds no session cookie and no copy of the work; the old cookie, sent again, reads nothing.
  expect((await page.context().cookies()).filter((cookie) => cookie.name.startsWith("better-auth"))).toEqual([]);
  await expect.poll(() => page.evaluate(() => Object.keys(window.localStorage).filter((key) => key.startsWith("recits:")))).toEqual([]);
  const replay = await browser.newContext();
  await replay.addCookies(cookies);
  const state = await (await replay.request.get(`/api/attempts/current?article=${article.slug}`)).text();
  expect(state).not.toContain("Une réponse à effacer.");
  await replay.close();

  // Back in the reader, the answer is empty: what is typed now starts afresh.
  await page.goto(`/fr/articles/${article.slug}`);
  await answersReady(page);
  await expect(page.locator(`#q-${question.key} textarea`)).toHaveValue("");
});

test("a student with an account is offered no erasing of their own", async ({ page, browser }) => {
  const teacher = await (await browser.newContext()).newPage();
  await signUpTeacher(teacher);
  const { code } = await createClass(teacher, "3e D");
  await joinClass(page, code, "Sacha");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mon travail");
  await expect(page.getByRole("region", { name: "Effacer mon travail" })).toHaveCount(0);
  const response = await page.goto("/fr/my-work/delete");
  expect(response?.status()).toBe(404);
  await teacher.context().close();
});

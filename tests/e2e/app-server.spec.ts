import pg from "pg";
import { findFreePort } from "@/scripts/lib/embedded-postgres";
import { startApp, stopApp } from "../support/app-process";
import { startExternalPostgres, type ExternalPostgres } from "../support/external-postgres";
import { contentPromise, expect, storedAnswer, test, typeAndSave } from "./fixtures";

/**
 * The app as a user starts it (`npm start`, the same bootstrap as `npm run dev`) pointed at their
 * own PostgreSQL through DATABASE_URL: it must use that server (migrating it and loading content),
 * not the embedded default; and an answer must survive the app server restarting.
 */

// Each test starts the app as a user does (database checks, content, server), one of them twice:
// more than the default minute on a busy two-core machine.
test.describe.configure({ mode: "serial", timeout: 150_000 });

let external: ExternalPostgres;
let port: number;

test.beforeAll(async () => {
  external = await startExternalPostgres();
  port = await findFreePort();
});

test.afterAll(async () => {
  await external?.stop();
});

test("DATABASE_URL points the app at that PostgreSQL, which it migrates and fills", async ({ page }) => {
  const content = await contentPromise;
  const app = await startApp({ mode: "start", databaseUrl: external.url, port });
  try {
    const log = app.output.join("");
    expect(log).toContain("Using the PostgreSQL at DATABASE_URL");
    expect(log).not.toContain("starting the embedded PostgreSQL");

    const client = new pg.Client({ connectionString: external.url });
    await client.connect();
    const articles = await client.query(`SELECT slug FROM "Article" ORDER BY position`);
    expect(articles.rows.map((row: { slug: string }) => row.slug)).toEqual(content.articles.map((article) => article.slug));

    const article = content.articles[2]!;
    const question = content.questionSets[article.slug]!.questions.find((candidate) => candidate.type === "open")!;
    await page.goto(`${app.url}/fr/articles/${article.slug}`);
    const { attemptId } = await typeAndSave(page, question.key, "Enregistré sur le serveur externe.");
    const row = await client.query(`SELECT a.value FROM "Answer" a WHERE a."attemptId" = $1`, [attemptId]);
    expect(row.rows[0]?.value).toEqual({ text: "Enregistré sur le serveur externe." });
    await client.end();
  } finally {
    await stopApp(app);
  }
});

test("an answer survives the app server restarting", async ({ page }) => {
  const content = await contentPromise;
  const article = content.articles[0]!;
  const question = content.questionSets[article.slug]!.questions.find((candidate) => candidate.type === "open")!;
  const text = "Écrit avant le redémarrage du serveur.";

  const first = await startApp({ mode: "start", databaseUrl: external.url, port });
  let attemptId: string;
  try {
    await page.goto(`${first.url}/fr/articles/${article.slug}`);
    ({ attemptId } = await typeAndSave(page, question.key, text));
  } finally {
    await stopApp(first);
  }
  await expect(
    page.request.get(`${first.url}/fr`).then(
      () => "up",
      () => "down",
    ),
  ).resolves.toBe("down");

  const second = await startApp({ mode: "start", databaseUrl: external.url, port });
  try {
    expect(second.output.join("")).toContain("Database schema is up to date.");
    // The browser's own copy is dropped, so the text can only come back from the server.
    await page.evaluate(() => window.localStorage.clear());
    await page.reload();
    // The restarted server loads its modules and content on this first request: give it time.
    await expect(page.locator(`#q-${question.key} textarea`)).toHaveValue(text, { timeout: 30_000 });
    const pool = new pg.Pool({ connectionString: external.url });
    expect(await storedAnswer(pool, attemptId, question.key)).toMatchObject({ value: { text } });
    await pool.end();
  } finally {
    await stopApp(second);
  }
});

import { findFreePort } from "@/scripts/lib/embedded-postgres";
import { startProofCluster, type ProofCluster } from "@/scripts/lib/proof/cluster";
import { startApp, stopApp, type App } from "../support/app-process";
import { alertOf, createClass, signUpTeacher } from "./classroom-helpers";
import { expect, test } from "./fixtures";

/**
 * PostgreSQL stops under a running app (issue 22). Before, the teacher's and learner's pages
 * answered 500 with Next.js's empty error document, and the forms failed the same way. Now a page
 * that cannot reach the database sends the browser to a 503 page in the page's language that says
 * to try again in a moment and links back (docs/unavailable.md: the App Router gives a page no
 * way to answer 503 itself), a form says so and keeps what was typed, and everything works again
 * once PostgreSQL is back. A server of its own, on a PostgreSQL this spec can stop.
 */

test.describe.configure({ mode: "serial", timeout: 240_000 });

let cluster: ProofCluster;
let app: App;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  cluster = await startProofCluster();
  app = await startApp({ mode: "start", databaseUrl: cluster.url, port: await findFreePort(), env: { LOG_LEVEL: "error" }, timeoutMs: 120_000 });
});

test.afterAll(async () => {
  if (app) await stopApp(app);
  await cluster?.stop();
});

test("a page says the database is unavailable with a 503 in its language, and works again once it is back", async ({ browser }) => {
  const page = await (await browser.newContext({ baseURL: app.url })).newPage();
  await signUpTeacher(page);
  const { classId } = await createClass(page, "3e A");
  const classPath = `/fr/teach/classes/${classId}`;

  await cluster.halt("fast");
  try {
    // The reader is the same for everyone, served as it was built: it needs no database.
    expect((await page.goto("/fr"))?.status()).toBe(200);
    const response = await page.goto(classPath);
    expect(response?.status()).toBe(503);
    expect(response?.headers()["retry-after"]).toBeDefined();
    expect(new URL(page.url()).pathname).toBe("/fr/unavailable");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Service momentanément indisponible");
    await expect(page.getByText("La base de données ne répond pas pour l'instant")).toBeVisible();
    await expect(page).toHaveTitle(/^Service momentanément indisponible/);

    const english = await page.goto("/en/teach");
    expect(english?.status()).toBe(503);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Temporarily unavailable");
  } finally {
    await cluster.resume();
  }

  await page.goto(`/fr/unavailable?from=${encodeURIComponent(classPath)}`);
  await page.getByRole("link", { name: "Réessayer" }).click();
  await expect(page).toHaveURL(new RegExp(`${classPath}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("3e A");
  await page.context().close();
});

test("a form sent while the database is down says so and keeps what was typed", async ({ browser }) => {
  const page = await (await browser.newContext({ baseURL: app.url })).newPage();
  await signUpTeacher(page);
  await page.goto("/fr/teach");
  await cluster.halt("fast");
  try {
    await page.getByLabel("Nom de la classe").fill("4e B");
    await page.getByRole("button", { name: "Créer la classe" }).click();
    await expect(alertOf(page)).toContainText("La base de données ne répond pas pour l'instant");
    await expect(page.getByLabel("Nom de la classe")).toHaveValue("4e B");
  } finally {
    await cluster.resume();
  }
  await page.getByRole("button", { name: "Créer la classe" }).click();
  await expect(page).toHaveURL(/\/fr\/teach\/classes\/[^/#]+$/);
  await page.context().close();
});

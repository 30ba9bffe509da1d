import { findFreePort } from "@/scripts/lib/embedded-postgres";
import { httpOrigin, networkAddresses } from "@/lib/net/addresses";
import { startApp, stopApp, type App } from "../support/app-process";
import { SCHOOL_HOST } from "../support/chromium";
import { signUpTeacher } from "./classroom-helpers";
import { expect, test } from "./fixtures";

/**
 * The app as a teacher starts it on a school's machine: `npm start` with its defaults (every
 * interface, no reverse proxy), reached by the teacher either through the school's name for it or on
 * the machine itself as localhost. Every address shown to students must be one they can open.
 */

test.describe.configure({ mode: "serial", timeout: 180_000 });

let app: App;
let port: number;
const lan = networkAddresses()[0];

test.beforeAll(async () => {
  test.setTimeout(180_000);
  port = await findFreePort();
  app = await startApp({
    mode: "start",
    databaseUrl: process.env.E2E_DATABASE_URL!,
    port,
    loopbackOnly: false,
    env: { LOG_LEVEL: "warn" },
    timeoutMs: 120_000,
  });
});

test.afterAll(async () => {
  if (app) await stopApp(app);
});

test("npm start prints the address students open on this network", () => {
  const printed = app.output.join("");
  if (lan) expect(printed).toContain(`Students open ${httpOrigin(lan, port)}`);
  else expect(printed).toContain("No network address found");
});

test("right after creating a class through the school's name, the join panel names that host", async ({ browser }) => {
  const page = await (await browser.newContext({ baseURL: `http://${SCHOOL_HOST}:${port}` })).newPage();
  await signUpTeacher(page);
  await page.getByLabel("Nom de la classe").fill("4e B");
  await page.getByRole("button", { name: "Créer la classe" }).click();
  await expect(page).toHaveURL(/\/fr\/teach\/classes\/[^/#]+$/);
  // The page the action redirected to, as rendered by that redirect (no reload).
  const panel = page.getByRole("region", { name: "Code pour rejoindre la classe" });
  await expect(panel).toContainText(`Les élèves ouvrent http://${SCHOOL_HOST}:${port}/fr/join`);
  await expect(panel).not.toContainText("0.0.0.0");
  await page.screenshot({ path: test.info().outputPath("class-page-after-creation.png"), fullPage: true });
  await page.context().close();
});

test("a teacher on localhost is given the machine's network address for the join panel, the projected code and the slips", async ({ browser }) => {
  const page = await (await browser.newContext({ baseURL: `http://localhost:${port}` })).newPage();
  await signUpTeacher(page);
  await page.getByLabel("Nom de la classe").fill("5e A");
  await page.getByRole("button", { name: "Créer la classe" }).click();
  await expect(page).toHaveURL(/\/fr\/teach\/classes\/[^/#]+$/);
  const classPath = new URL(page.url()).pathname;
  const expected = lan ? httpOrigin(lan, port) : `http://localhost:${port}`;
  const panel = page.getByRole("region", { name: "Code pour rejoindre la classe" });
  await expect(panel).toContainText(`Les élèves ouvrent ${expected}/fr/join`);
  await expect(panel.locator("[data-address-note]")).toHaveAttribute("data-address-note", lan ? "network" : "localOnly");

  await page.goto(`${classPath}/code`);
  await expect(page.getByRole("listitem").first()).toHaveText(`Ouvrez ${expected}/fr/join`);
  const qr = page.getByRole("img", { name: /^QR code de l'adresse/ });
  await expect(qr.locator("svg")).toBeVisible();
  await expect(page.locator("figcaption")).toHaveText(new RegExp(`^${expected.replace(/[.[\]]/g, "\\$&")}/fr/join\\?code=[A-Z0-9]{6}$`));

  await page.goto(`${classPath}/students`);
  await page.getByLabel("Prénoms, un par ligne").fill("Zoé\nNoah");
  await page.getByRole("button", { name: "Créer les comptes" }).click();
  const slips = page.locator(".slip");
  await expect(slips).toHaveCount(2);
  for (const slip of await slips.all()) await expect(slip).toContainText(`${expected}/fr/sign-in`);
  await page.context().close();
});

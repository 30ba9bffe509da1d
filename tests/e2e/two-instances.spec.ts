import type { Browser, Page } from "@playwright/test";
import { findFreePort } from "@/scripts/lib/embedded-postgres";
import { startApp, stopApp, type App } from "../support/app-process";
import { startExternalPostgres, type ExternalPostgres } from "../support/external-postgres";
import { createClass, giveAssignment, joinClass, signUpTeacher, TEACHER_PASSWORD } from "./classroom-helpers";
import { answersReady, contentPromise, expect, test, typeAndSave } from "./fixtures";

/**
 * Two production servers on one PostgreSQL, as behind a load balancer without sticky sessions:
 * one learner's and one teacher's requests alternate between them, and everything holds (the
 * session is a signed cookie checked against the database; the rate limiter counts in the
 * database). Both run without TRUST_PROXY, as a server facing its clients directly: the sign-in
 * limit then holds however each attempt forges X-Forwarded-For.
 */

test.describe.configure({ mode: "serial", timeout: 240_000 });

const SIGN_INS_PER_MINUTE = 5;
const content = await contentPromise;
const article = content.articles[2]!;
const question = content.questionSets[article.slug]!.questions.find((candidate) => candidate.type === "open")!;
let database: ExternalPostgres;
let a: App;
let b: App;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  database = await startExternalPostgres();
  const env = { SIGN_INS_PER_MINUTE: String(SIGN_INS_PER_MINUTE), GUEST_SESSIONS_PER_MINUTE: "1000", LOG_LEVEL: "warn" };
  // One after the other: the second finds the database migrated and filled by the first.
  a = await startApp({ mode: "start", databaseUrl: database.url, port: await findFreePort(), env, timeoutMs: 120_000 });
  b = await startApp({ mode: "start", databaseUrl: database.url, port: await findFreePort(), env, timeoutMs: 120_000 });
  // Each server's first request of a kind loads its code: not what the journeys measure.
  for (const app of [a, b]) {
    for (const path of ["/fr/sign-in", "/fr/teach", `/api/attempts/current?article=${article.slug}`]) await fetch(`${app.url}${path}`);
  }
});

test.afterAll(async () => {
  await Promise.all([a && stopApp(a), b && stopApp(b)]);
  await database?.stop();
});

/** A browser whose relative addresses go to `app`; its cookies go to both (cookies do not depend on the port). */
async function browsingOn(browser: Browser, app: App): Promise<Page> {
  return (await browser.newContext({ baseURL: app.url })).newPage();
}

test("a guest saves on one instance and finds the answer on the other", async ({ browser }) => {
  const guest = await browsingOn(browser, a);
  await guest.goto(`/fr/articles/${article.slug}`);
  await answersReady(guest);
  await typeAndSave(guest, question.key, "Écrit sur l'instance A.");
  // Another origin (port): no local copy there, so the answer can only come from the database.
  await guest.goto(`${b.url}/fr/articles/${article.slug}`);
  await answersReady(guest);
  await expect(guest.locator(`#q-${question.key} textarea`)).toHaveValue("Écrit sur l'instance A.");
  await guest.context().close();
});

test("a teacher and a student alternate between the instances: sign-up, sign-in, join, save, submit", async ({ browser }) => {
  // The teacher signs up on A, and B knows them.
  const teacher = await browsingOn(browser, a);
  const email = await signUpTeacher(teacher);
  const { classId, code } = await createClass(teacher, "3e C");
  await giveAssignment(teacher, classId, article.title.fr, "Dès qu'il rend son travail");
  await teacher.goto(`${b.url}/fr/teach/classes/${classId}`);
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText("3e C");

  // Signed in again on B, the teacher's page on A.
  const again = await browsingOn(browser, b);
  await again.goto("/fr/sign-in/teacher");
  await again.getByLabel("Adresse e-mail").fill(email);
  await again.getByLabel("Mot de passe", { exact: true }).fill(TEACHER_PASSWORD);
  await again.getByRole("button", { name: "Se connecter" }).click();
  await expect(again).toHaveURL(/\/fr\/teach$/);
  await again.goto(`${a.url}/fr/teach/classes/${classId}`);
  await expect(again.getByRole("heading", { level: 1 })).toHaveText("3e C");

  // The student joins on B, saves on A, reloads on B, submits there, and reads the outcome on A.
  const student = await browsingOn(browser, b);
  await joinClass(student, code, "Noé", "mot-de-passe-eleve");
  await student.goto(`${a.url}/fr/my-work`);
  const href = await student.getByRole("region", { name: "Mes devoirs" }).getByRole("link", { name: "Commencer" }).getAttribute("href");
  await student.goto(`${a.url}${href}`);
  await answersReady(student);
  const { attemptId } = await typeAndSave(student, question.key, "Pour le devoir, depuis A.");
  await student.goto(`${b.url}${href}`);
  await answersReady(student);
  await expect(student.locator(`#q-${question.key} textarea`)).toHaveValue("Pour le devoir, depuis A.");
  await student.getByRole("button", { name: "Rendre mon travail" }).click();
  await student.getByRole("dialog").getByRole("button", { name: "Rendre", exact: true }).click();
  await expect(student).toHaveURL(`${b.url}/fr/my-work/${attemptId}`);
  await student.goto(`${a.url}/fr/my-work/${attemptId}`);
  await expect(student.getByText("Pour le devoir, depuis A.")).toBeVisible();

  // The student signs in again, on A, with the class code.
  const signIn = await browsingOn(browser, a);
  await signIn.goto("/fr/sign-in");
  await signIn.getByLabel("Code de la classe").fill(code);
  await signIn.getByLabel("Prénom ou surnom").fill("Noé");
  await signIn.getByLabel("Mot de passe", { exact: true }).fill("mot-de-passe-eleve");
  await signIn.getByRole("button", { name: "Se connecter" }).click();
  await expect(signIn).toHaveURL(/\/fr\/my-work$/);
  await expect(signIn.getByText("Connecté : Noé, 3e C.")).toBeVisible();

  await Promise.all([teacher, again, student, signIn].map((page) => page.context().close()));
});

test("the sign-in limit is counted across both instances, however each attempt forges its address", async () => {
  const statuses: Array<{ server: "A" | "B"; status: number }> = [];
  for (let index = 0; index < SIGN_INS_PER_MINUTE + 4; index++) {
    const [server, app] = index % 2 === 0 ? (["A", a] as const) : (["B", b] as const);
    const response = await fetch(`${app.url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": `203.0.113.${index + 1}`, "x-real-ip": `198.51.100.${index + 1}` },
      body: JSON.stringify({ email: "nobody@example.org", password: "not-the-password" }),
    });
    statuses.push({ server, status: response.status });
  }
  // The attempts above (and the journey's sign-ins, in the same minute) share one address: the
  // limit is reached within SIGN_INS_PER_MINUTE attempts, and from then on both instances refuse.
  const firstRefusal = statuses.findIndex((entry) => entry.status === 429);
  expect(firstRefusal, JSON.stringify(statuses)).toBeGreaterThanOrEqual(0);
  expect(firstRefusal).toBeLessThanOrEqual(SIGN_INS_PER_MINUTE);
  const after = statuses.slice(firstRefusal);
  expect(after.every((entry) => entry.status === 429), JSON.stringify(statuses)).toBe(true);
  expect(new Set(after.map((entry) => entry.server))).toEqual(new Set(["A", "B"]));
});

import type { Browser, Page } from "@playwright/test";
import { findFreePort } from "@/scripts/lib/embedded-postgres";
import { startApp, stopApp, type App } from "../support/app-process";
import { startExternalPostgres, type ExternalPostgres } from "../support/external-postgres";
import { createClass, giveAssignment, joinClass, signUpTeacher, TEACHER_PASSWORD } from "./classroom-helpers";
import { answersReady, contentPromise, expect, test, typeAndSave } from "./fixtures";
import { postForm } from "./scripted-forms";

/**
 * Two production servers on one PostgreSQL, as behind a load balancer without sticky sessions:
 * one learner's and one teacher's requests alternate between them, and everything holds (the
 * session is a signed cookie checked against the database; the limits count in the database).
 * Both face their clients directly (no reverse proxy), where a client can write its own
 * X-Forwarded-For: the per-account sign-in limit holds however each attempt forges it.
 */

test.describe.configure({ mode: "serial", timeout: 240_000 });

const content = await contentPromise;
const article = content.articles[2]!;
const question = content.questionSets[article.slug]!.questions.find((candidate) => candidate.type === "open")!;
let database: ExternalPostgres;
let a: App;
let b: App;
/** The class the journey below makes, whose student the last test fails to sign in as. */
let classCode: string;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  database = await startExternalPostgres();
  const env = { GUEST_SESSIONS_PER_MINUTE: "1000", LOG_LEVEL: "warn" };
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
  classCode = code;
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

test("a student's failed sign-ins are counted across both instances, however each attempt forges its address", async () => {
  const outcomes: Array<{ server: "A" | "B"; answer: string }> = [];
  for (let index = 0; index < 8; index++) {
    const [server, app] = index % 2 === 0 ? (["A", a] as const) : (["B", b] as const);
    const answer = await postForm(
      app.url,
      "/fr/sign-in",
      { code: classCode, name: "Noé", password: `pas-le-bon-${index}`, locale: "fr" },
      {
        "x-forwarded-for": `203.0.113.${index + 1}`,
        "x-real-ip": `198.51.100.${index + 1}`,
      },
    );
    outcomes.push({
      server,
      answer: answer.includes("Plusieurs essais manqués pour ce compte")
        ? "delayed"
        : answer.includes("Ce nom et ce mot de passe ne correspondent")
          ? "wrong"
          : answer.slice(0, 200),
    });
  }
  // Five tries, wherever they land, then both instances make the next one wait.
  expect(outcomes.map((outcome) => outcome.answer)).toEqual(["wrong", "wrong", "wrong", "wrong", "wrong", "delayed", "delayed", "delayed"]);
  expect(new Set(outcomes.slice(5).map((outcome) => outcome.server))).toEqual(new Set(["A", "B"]));
});

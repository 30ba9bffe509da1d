import type { Browser, Page } from "@playwright/test";
import { generateJoinCode } from "@/lib/classes/codes";
import { createClass, joinClass, signUpTeacher, TEACHER_PASSWORD, uniqueEmail } from "./classroom-helpers";
import { expect, test } from "./fixtures";
import { postForm, scriptAddress } from "./scripted-forms";

/**
 * Joining and signing in cannot be scripted (issue 22): what one client guessing codes, filling a
 * class or failing passwords behind a school's address meets, and what the school does not.
 */

const WRONG_CODE = "Aucune classe n'a ce code";
const RATE_LIMITED_JOIN = "Trop d'essais depuis ce réseau";
const DELAYED = "Plusieurs essais manqués pour ce compte";
const WRONG_PASSWORD = "Ce nom et ce mot de passe ne correspondent";
/** `count` answers whose alert says `text`. */
const told = (count: number, text: string) => Array<unknown>(count).fill(expect.stringContaining(text));

/** A teacher's class, made through the pages; returns its join code. */
async function newClass(browser: Browser): Promise<string> {
  const teacher = await (await browser.newContext()).newPage();
  await signUpTeacher(teacher);
  const { code } = await createClass(teacher, "4e Limites");
  await teacher.context().close();
  return code;
}

test("a script guessing class codes through the join form is turned away, and the class still joins from elsewhere", async ({ baseURL, browser }) => {
  const code = await newClass(browser);
  const script = { "x-forwarded-for": scriptAddress() };
  const answers: string[] = [];
  for (let index = 0; index < 32; index++) {
    answers.push(
      await postForm(baseURL!, "/fr/join", { code: generateJoinCode(), name: `Robot ${index}`, password: "tigre-nuage-pomme-vent", locale: "fr" }, script),
    );
  }
  expect(answers).toEqual([...told(30, WRONG_CODE), ...told(2, RATE_LIMITED_JOIN)]);
  // Even the right code waits, from that address: the script learns nothing more.
  expect(await postForm(baseURL!, "/fr/join", { code, name: "Robot", password: "tigre-nuage-pomme-vent", locale: "fr" }, script)).toContain(RATE_LIMITED_JOIN);

  const student = await (await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": scriptAddress() } })).newPage();
  await joinClass(student, code, "Inès");
  await student.context().close();
});

test("a script that knows the code makes no more accounts than the class's allowance, and none it was refused", async ({ baseURL, browser, db }) => {
  test.setTimeout(240_000);
  const code = await newClass(browser);
  const answers: string[] = [];
  for (let index = 0; index < 63; index++) {
    // A new address each time, as a script spreading its requests would.
    answers.push(
      await postForm(
        baseURL!,
        "/fr/join",
        { code, name: `Robot ${index}`, password: "tigre-nuage-pomme-vent", locale: "fr" },
        { "x-forwarded-for": scriptAddress() },
      ),
    );
  }
  const { rows } = await db.query<{ count: string }>(`SELECT count(*) FROM "Enrolment" e JOIN "Class" c ON c.id = e."classId" WHERE c."joinCode" = $1`, [
    code.replace("-", ""),
  ]);
  expect(Number(rows[0]!.count)).toBe(60);
  // Each of them told it joined; the others told to wait, with no account behind them.
  expect(answers.filter((page) => page.startsWith("redirected to /fr/my-work"))).toHaveLength(60);
  expect(answers.slice(60)).toEqual(told(3, RATE_LIMITED_JOIN));
});

/**
 * A script failing on `name`'s account, as it must to make the wait grow: it waits out each delay
 * until the next one is at least `seconds` long. Returns what every try was told.
 */
async function failUntilWait(origin: string, fields: { code: string; name: string }, headers: Record<string, string>, seconds: number): Promise<string[]> {
  const tries: string[] = [];
  for (let index = 0; index < 20; index++) {
    const told = await postForm(origin, "/fr/sign-in", { ...fields, password: `essai-${index}-abcdef`, locale: "fr" }, headers);
    tries.push(told);
    const wait = Number(/attendez (\d+) secondes?/.exec(told)?.[1] ?? 0) + 60 * Number(/attendez (\d+) minutes?/.exec(told)?.[1] ?? 0);
    if (wait >= seconds) return tries;
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait * 1000));
  }
  throw new Error(`never told to wait ${seconds} s: ${tries.join(" | ")}`);
}

/** Signs in through the form in `page`'s browser; returns the page. */
async function signInThrough(page: Page, code: string, name: string, password: string): Promise<Page> {
  await page.goto("/fr/sign-in");
  await page.getByLabel("Code de la classe").fill(code);
  await page.getByLabel("Prénom ou surnom").fill(name);
  await page.getByLabel("Mot de passe", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  return page;
}

test("one script failing on a student's account behind the school's address makes the script wait, not the student on her own browser nor her classmates", async ({
  baseURL,
  browser,
}) => {
  test.setTimeout(180_000);
  const code = await newClass(browser);
  const school = { "x-forwarded-for": scriptAddress() };
  // Léa and Noé joined from school; Léa's browser has signed in to her account.
  const lea = await (await browser.newContext({ extraHTTPHeaders: school })).newPage();
  await joinClass(lea, code, "Léa", "lea-tigre-nuage-pomme");
  await lea.context().clearCookies({ name: /session/ });
  const noe = await (await browser.newContext({ extraHTTPHeaders: school })).newPage();
  await joinClass(noe, code, "Noé", "noe-tigre-nuage-pomme");
  await noe.context().clearCookies();

  const tries = await failUntilWait(baseURL!, { code, name: "Léa" }, school, 30);
  expect(tries.slice(0, 5)).toEqual(told(5, WRONG_PASSWORD));
  expect(tries.at(-1)).toContain(DELAYED);
  // The right password from the script's side waits too: it cannot tell it was right.
  expect(await postForm(baseURL!, "/fr/sign-in", { code, name: "Léa", password: "lea-tigre-nuage-pomme", locale: "fr" }, school)).toContain(DELAYED);
  // So does a browser new to her account (a classroom computer), told how long; the form keeps her name.
  const fresh = await signInThrough(await (await browser.newContext({ extraHTTPHeaders: school })).newPage(), code, "Léa", "lea-tigre-nuage-pomme");
  await expect(fresh.getByRole("main").getByRole("alert")).toContainText(
    /Plusieurs essais manqués pour ce compte\s:\sattendez \d+ secondes? avant de réessayer/,
  );
  await expect(fresh.getByLabel("Prénom ou surnom")).toHaveValue("Léa");
  await fresh.context().close();

  // Léa on her usual browser, and Noé, get in at once.
  for (const [page, name, password] of [
    [lea, "Léa", "lea-tigre-nuage-pomme"],
    [noe, "Noé", "noe-tigre-nuage-pomme"],
  ] as const) {
    await signInThrough(page, code, name, password);
    await expect(page).toHaveURL(/\/fr\/my-work$/);
    await page.context().close();
  }
});

test("better-auth's own sign-in and sign-up do not answer from outside, and the session it shows has no token", async ({ request, browser }) => {
  for (const path of ["/api/auth/sign-in/email", "/api/auth/sign-up/email", "/api/auth/change-password", "/api/auth/list-sessions"]) {
    const response = await request.post(path, { data: { email: "nobody@example.org", password: "whatever-123456", name: "x" } });
    expect(response.status(), path).toBe(404);
    expect(await response.json()).toMatchObject({ ok: false, code: "NOT_FOUND" });
  }
  const teacher = await (await browser.newContext()).newPage();
  await signUpTeacher(teacher);
  const session = await teacher.request.get("/api/auth/get-session");
  expect(session.status()).toBe(200);
  const body = (await session.json()) as { session: Record<string, unknown>; user: Record<string, unknown> };
  expect(body.user).toMatchObject({ role: "TEACHER" });
  expect(body.session).not.toHaveProperty("token");
  expect(JSON.stringify(body)).not.toMatch(/token/i);
  await teacher.context().close();
});

test("signing up with an address that has an account does not say so", async ({ page }) => {
  const email = uniqueEmail();
  const first = await page.context().browser()!.newContext();
  await signUpTeacher(await first.newPage(), email);
  await first.close();
  await page.goto("/fr/sign-up");
  await page.getByLabel("Votre nom").fill("Quelqu'un d'autre");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(`${TEACHER_PASSWORD}-autre`);
  await page.getByRole("button", { name: "Créer le compte" }).click();
  const alert = page.getByRole("main").getByRole("alert");
  await expect(alert).toContainText("Cette adresse et ce mot de passe n'ouvrent pas de session");
  await expect(alert).not.toContainText(/existe déjà|déjà utilisée/);
  await expect(page.getByLabel("Adresse e-mail")).toHaveValue(email);
});

import { randomBytes } from "node:crypto";
import { contentPromise, expect, test } from "./fixtures";
import { shareClassroom, type Classroom } from "./classroom-helpers";

/**
 * The authorization matrix over HTTP: each person (no session, guest, student of class A or B,
 * teacher of A, another teacher) × every route this work added → allowed, "not found", or, for
 * someone without an account on a teacher's route, "sign in" (a teacher whose session ended must
 * not read their class as deleted; the redirect comes before any lookup, so it tells nothing of
 * the class). No answer that is refused carries anything of class A. The domain functions behind
 * the actions have their own matrix (tests/integration/authorization-matrix.test.ts).
 */

test.describe.configure({ mode: "serial", timeout: 180_000 });

const content = await contentPromise;
const article = content.articles[2]!;
const questions = content.questionSets[article.slug]!.questions.filter((question) => question.type === "open");
let room: Classroom;

shareClassroom(article, questions[0]!.key, (value) => (room = value));

type Persona = keyof Classroom["personas"];
const EVERYONE: Persona[] = ["anonymous", "guest", "studentA", "studentB", "teacherA", "teacherB"];

/** Each route, who may open it, and whether what they see is class A's (its name must show, or must not). */
const routes = (room: Classroom, enrolmentId: string) => [
  { path: "/fr/teach", allowed: ["teacherA", "teacherB"], showsClassA: ["teacherA"] },
  { path: "/en/teach/account", allowed: ["teacherA", "teacherB"], showsClassA: [] },
  { path: `/fr/teach/classes/${room.classId}`, allowed: ["teacherA"], showsClassA: ["teacherA"] },
  { path: `/en/teach/classes/${room.classId}/code`, allowed: ["teacherA"], showsClassA: ["teacherA"] },
  { path: `/fr/teach/classes/${room.classId}/students`, allowed: ["teacherA"], showsClassA: ["teacherA"] },
  { path: `/fr/teach/classes/${room.classId}/assignments/new`, allowed: ["teacherA"], showsClassA: ["teacherA"] },
  { path: `/en/teach/classes/${room.classId}/slips`, allowed: ["teacherA"], showsClassA: ["teacherA"] },
  { path: `/fr/teach/classes/${room.classId}/assignments/${room.assignmentId}/copy`, allowed: ["teacherA"], showsClassA: ["teacherA"] },
  { path: `/fr/my-work/${room.attemptId}`, allowed: ["studentA"], showsClassA: [] },
  { path: "/fr/my-work", allowed: EVERYONE, showsClassA: ["studentA"] },
  { path: `/fr/teach/classes/${room.classId}/assignments/${room.assignmentId}`, allowed: ["teacherA"], showsClassA: ["teacherA"] },
  {
    path: `/fr/teach/classes/${room.classId}/assignments/${room.assignmentId}/questions/${questions[0]!.key}`,
    allowed: ["teacherA"],
    showsClassA: ["teacherA"],
  },
  { path: `/en/teach/classes/${room.classId}/assignments/${room.assignmentId}/students/${enrolmentId}`, allowed: ["teacherA"], showsClassA: ["teacherA"] },
  { path: `/api/review/progress?class=${room.classId}&assignment=${room.assignmentId}`, allowed: ["teacherA"], showsClassA: [] },
  { path: `/fr/teach/guides/${article.slug}/key`, allowed: ["teacherA", "teacherB"], showsClassA: [] },
  { path: `/en/teach/guides/${article.slug}/worksheet`, allowed: ["teacherA", "teacherB"], showsClassA: [] },
  { path: `/fr/teach/classes/${room.classId}/assignments/${room.assignmentId}/worksheet`, allowed: ["teacherA"], showsClassA: ["teacherA"] },
];

/** Student A's place in class A's roster, as the teacher's progress grid gives it. */
async function enrolmentOfStudentA(): Promise<string> {
  const response = await room.personas.teacherA.request.get(`/api/review/progress?class=${room.classId}&assignment=${room.assignmentId}`);
  return ((await response.json()) as { students: Array<{ enrolmentId: string }> }).students[0]!.enrolmentId;
}

test("every classroom page answers each person as the matrix says", async () => {
  const cells: string[] = [];
  const enrolmentId = await enrolmentOfStudentA();
  for (const route of routes(room, enrolmentId)) {
    for (const persona of EVERYONE) {
      const noAccount = persona === "anonymous" || persona === "guest";
      const allowed = route.allowed.includes(persona);
      // Redirects are what is checked when refused (the sign-in, or the "not found" page); an allowed one (work in progress to the reader) is followed.
      const response = await room.personas[persona].request.get(route.path, allowed ? {} : { maxRedirects: 0 });
      const body = await response.text();
      const showsClassA = body.includes(room.className) || body.includes(room.code);
      cells.push(`${route.path} ${persona}: ${response.status()}${showsClassA ? " +A" : ""}`);
      const at = `${route.path} as ${persona}`;
      const locale = route.path.startsWith("/en") ? "en" : "fr";
      if (allowed) expect(response.status(), at).toBe(200);
      else if (noAccount && route.path.includes("/teach")) {
        expect(response.status(), at).toBe(307);
        expect(response.headers().location, at).toBe(`/${locale}/sign-in/teacher?next=${encodeURIComponent(route.path)}`);
      } else if (noAccount && route.path.startsWith("/api/review")) expect(response.status(), at).toBe(401);
      else if (route.path.startsWith("/api/")) expect(response.status(), at).toBe(404);
      else {
        // A page says "not found" by sending to the address of the whole-page 404 (lib/http/not-found.ts).
        expect(response.status(), at).toBe(307);
        expect(response.headers().location, at).toBe(`/${locale}/not-found`);
      }
      expect(showsClassA, `${route.path} as ${persona} shows class A`).toBe(route.showsClassA.includes(persona));
    }
  }
  expect(cells).toHaveLength(routes(room, enrolmentId).length * EVERYONE.length);
});

test("only a student of the class can save for its assignment; nobody signed in is asked to, everyone else reads 404", async () => {
  for (const persona of EVERYONE) {
    const response = await room.personas[persona].request.post("/api/answers", {
      data: {
        article: article.slug,
        question: questions[1]!.key,
        assignmentId: room.assignmentId,
        value: { text: "essai" },
        baseRevision: 0,
        saveId: `save-${randomBytes(6).toString("hex")}`,
      },
    });
    const expected = persona === "studentA" ? [200] : persona === "anonymous" ? [401, "SESSION_ENDED"] : [404, "ASSIGNMENT_NOT_FOUND"];
    expect(response.status(), persona).toBe(expected[0]);
    if (expected[1]) expect(await response.json(), persona).toMatchObject({ code: expected[1] });
  }
});

test("only the class's teacher can save feedback on its answers; everyone else reads 404 and nothing is stored", async () => {
  const page = await room.personas.teacherA.newPage();
  await page.goto(`/fr/teach/classes/${room.classId}/assignments/${room.assignmentId}/questions/${questions[0]!.key}`);
  const answerId = (await page.locator("[data-feedback]").first().getAttribute("data-feedback"))!;
  await page.close();
  for (const persona of EVERYONE) {
    const response = await room.personas[persona].request.post("/api/review/feedback", {
      data: { answerId, value: { comment: `de ${persona}`, score: 1 }, baseRevision: 0, saveId: `save-${randomBytes(6).toString("hex")}` },
    });
    if (persona === "teacherA") {
      expect(response.status(), persona).toBe(200);
    } else if (persona === "anonymous" || persona === "guest") {
      expect(response.status(), persona).toBe(401);
      expect(await response.json(), persona).toMatchObject({ code: "SESSION_ENDED" });
    } else {
      expect(response.status(), persona).toBe(404);
      expect(await response.json(), persona).toMatchObject({ code: "NOT_FOUND" });
    }
  }
});

import { randomInt } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { saveAnswer } from "@/lib/answers/mutations";
import { callAuthEndpoint } from "@/lib/auth/endpoints";
import { deleteClassConfirmed } from "@/lib/classes/mutations";
import { removeStudent, studentEmail } from "@/lib/classes/students";
import { getContent } from "@/lib/content";
import { db } from "@/lib/db";
import { exerciseKeyForArticle } from "@/lib/exercises/keys";
import * as answersRoute from "@/app/api/answers/route";
import * as currentRoute from "@/app/api/attempts/current/route";
import { createAssignment, createClassWithStudents, newSaveId, type TestClass } from "../support/factories";
import { callRoute } from "../support/routes";
import { sessionCookie } from "../support/sessions";

/**
 * Issue 22: a save sent with the still-valid signed cookie of an account that no longer exists (a
 * student removed from the roster, a class deleted with its students, a guest whose work an
 * account adopted) answered 500: the write reached a foreign key to a deleted user. Every write
 * now checks its session in the database (lib/auth/live-session.ts, lib/answers/upsert.ts), so
 * such a request is refused (or, for a first save in self-study, made a new guest's, as for anyone
 * without a session) and nothing is written for the deleted account; its reads give nothing.
 */

let slug: string;
let question: string;

beforeAll(async () => {
  const content = await getContent();
  slug = content.articles[2]!.slug;
  question = content.questionSets[slug]!.questions.find((candidate) => candidate.type === "open")!.key;
});

const clientHeaders = () => ({ host: "school.test:3000", "x-forwarded-for": `198.51.100.${randomInt(1, 255)}`, "x-forwarded-proto": "http" });

type Exchange = { status: number; body: { code?: string; attempt?: unknown; assignment?: unknown }; setCookie: string[] };

type Calls = {
  intoAttempt: (attemptId: string, assignmentId?: string) => Promise<Exchange>;
  firstSave: (assignmentId?: string, expectUser?: string) => Promise<Exchange>;
  current: (assignmentId?: string) => Promise<Exchange>;
};

/** The learner endpoints' route handlers, sent `cookie`, for the duration of `work`. */
async function withRequests(cookie: string, work: (calls: Calls) => Promise<void>): Promise<void> {
  const send = async (path: string, init: RequestInit = {}): Promise<Exchange> => {
    const route = path.startsWith("/api/answers") ? answersRoute : currentRoute;
    const response = await callRoute(route, `http://school.test:3000${path}`, {
      ...init,
      headers: { ...clientHeaders(), cookie, ...(init.body ? { "content-type": "application/json" } : {}) },
    });
    return { status: response.status, body: (await response.json()) as Exchange["body"], setCookie: response.headers.getSetCookie() };
  };
  const save = (fields: Record<string, unknown>) =>
    send("/api/answers", {
      method: "POST",
      body: JSON.stringify({ article: slug, question, value: { text: "après" }, baseRevision: 1, saveId: newSaveId(), ...fields }),
    });
  await work({
    intoAttempt: (attemptId, assignmentId) => save({ attemptId, ...(assignmentId ? { assignmentId } : {}) }),
    firstSave: (assignmentId, expectUser) => save({ baseRevision: 0, ...(assignmentId ? { assignmentId } : {}), ...(expectUser ? { expectUser } : {}) }),
    current: (assignmentId) => send(`/api/attempts/current?article=${slug}${assignmentId ? `&assignment=${assignmentId}` : ""}`),
  });
}

async function studentWithWork(): Promise<{ cls: TestClass; assignmentId: string; cookie: string; attemptId: string; selfStudyAttemptId: string }> {
  const cls = await createClassWithStudents({ names: ["Léa", "Tom"] });
  const assignmentId = await createAssignment(cls, { exerciseKey: exerciseKeyForArticle(slug) });
  const student = cls.students[0]!;
  const cookie = await sessionCookie(student);
  const write = (assignment?: string) =>
    saveAnswer(
      { article: slug, question, value: { text: "avant" }, baseRevision: 0, saveId: newSaveId(), ...(assignment ? { assignmentId: assignment } : {}) },
      async () => student,
    );
  const [{ attemptId }, { attemptId: selfStudyAttemptId }] = await Promise.all([write(assignmentId), write()]);
  return { cls, assignmentId, cookie, attemptId, selfStudyAttemptId };
}

/** What the deleted account's old cookie gets: every save refused or given to a new guest, never a 5xx; nothing of the deleted account's to read. */
async function expectNothingForDeletedAccount(cookie: string, userId: string, ids: { attemptId: string; assignmentId?: string }) {
  const answersBefore = await db().answer.count();
  await withRequests(cookie, async (calls) => {
    const outcomes = await Promise.all([
      calls.intoAttempt(ids.attemptId, ids.assignmentId),
      ...(ids.assignmentId ? [calls.firstSave(ids.assignmentId), calls.current(ids.assignmentId)] : []),
      calls.firstSave(undefined, userId),
    ]);
    for (const outcome of outcomes) {
      expect(outcome.status, JSON.stringify(outcome.body)).toBeLessThan(500);
      expect(outcome.status, JSON.stringify(outcome.body)).toBeGreaterThanOrEqual(400);
      expect(outcome.body.code).toMatch(/^(SESSION_ENDED|ATTEMPT_NOT_FOUND|ASSIGNMENT_NOT_FOUND)$/);
    }
    expect(await db().answer.count()).toBe(answersBefore);
    expect(await db().user.findUnique({ where: { id: userId } })).toBeNull();
    // Without the page's account to keep to, a first self-study save is a new visitor's: a new guest, not the deleted account.
    const fresh = await calls.firstSave();
    expect(fresh.status).toBe(200);
    expect(fresh.setCookie.some((header) => header.includes("session_token="))).toBe(true);
    const own = await calls.current();
    expect(own.status).toBe(200);
    expect(own.body.attempt ?? null).toBeNull();
  });
}

describe("the cookie of an account that was deleted", () => {
  it("saves nothing once the student was removed from the roster", async () => {
    const { cls, assignmentId, cookie, attemptId } = await studentWithWork();
    const student = cls.students[0]!;
    await removeStudent(cls.teacher, cls.classId, student.id);
    await expectNothingForDeletedAccount(cookie, student.id, { attemptId, assignmentId });
  });

  it("saves nothing once the class was deleted with its students", async () => {
    const { cls, assignmentId, cookie, attemptId } = await studentWithWork();
    const { name } = await db().class.findUniqueOrThrow({ where: { id: cls.classId }, select: { name: true } });
    await deleteClassConfirmed(cls.teacher, cls.classId, name);
    await expectNothingForDeletedAccount(cookie, cls.students[0]!.id, { attemptId, assignmentId });
  });

  it("saves nothing for a guest whose work an account adopted", async () => {
    const cls = await createClassWithStudents({ names: ["Inès"] });
    const guestHeaders = clientHeaders();
    const guest = await callAuthEndpoint(new Headers(guestHeaders), "/sign-in/anonymous", {});
    const guestCookie = guest.setCookie.map((header) => header.split(";")[0]).join("; ");
    const guestId = (guest.body as { user: { id: string } }).user.id;
    const { attemptId } = await saveAnswer({ article: slug, question, value: { text: "avant" }, baseRevision: 0, saveId: newSaveId() }, async () => ({
      id: guestId,
      role: "LEARNER",
      isGuest: true,
    }));
    const student = cls.students[0]!;
    const signedIn = await callAuthEndpoint(
      new Headers({ ...guestHeaders, cookie: guestCookie }),
      "/sign-in/email",
      { email: studentEmail(student.id), password: student.password },
      { withSession: true },
    );
    expect(signedIn.status).toBe(200);
    expect((await db().attempt.findUniqueOrThrow({ where: { id: attemptId } })).userId).toBe(student.id);
    await expectNothingForDeletedAccount(guestCookie, guestId, { attemptId });
    expect(await db().answer.findFirstOrThrow({ where: { attemptId } })).toMatchObject({ value: { text: "avant" }, revision: 1 });
  });
});

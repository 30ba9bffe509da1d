import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { saveAnswer } from "@/lib/answers/mutations";
import { getAuth } from "@/lib/auth/server";
import { deleteClassConfirmed } from "@/lib/classes/mutations";
import { purgeArchivedClasses, purgeCutoff } from "@/lib/classes/purge";
import { removeStudent } from "@/lib/classes/students";
import { DAY, HOUR, RETENTION, SESSIONS } from "@/lib/config";
import { getContent } from "@/lib/content";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { exerciseKeyForArticle } from "@/lib/exercises/keys";
import { PURGE_LOCK_KEY, runPurge } from "@/lib/retention/run";
import { deleteStudentWork, getAssignmentWork } from "@/lib/review/work";
import { createAssignment, createClassWithStudents, createLearner, createTeacher, newSaveId, type TestClass } from "../support/factories";
import { recordStatements } from "../support/sql-statements";
import { codeOf } from "../support/errors";

/**
 * Deleting students' data: one student's work in an assignment, a student with all their work, a
 * class confirmed by its typed name, and the purge (classes archived past the retention period,
 * ended sessions, guests nobody can come back as, spent rate-limit counters). Checked row by row:
 * answers, attempts, feedback, enrolments, accounts, sessions. Every test that runs the purge is in
 * this file, so that no two run at once against each other's rows.
 */

let slug: string;
let question: string;

beforeAll(async () => {
  const content = await getContent();
  slug = content.articles[2]!.slug;
  question = content.questionSets[slug]!.questions.find((candidate) => candidate.type === "open")!.key;
});

/** A class of two whose students both answered, each answer with a draft comment. */
async function workedClass(): Promise<{ cls: TestClass; assignmentId: string }> {
  const cls = await createClassWithStudents({ names: ["Léa", "Tom"] });
  const assignmentId = await createAssignment(cls, { exerciseKey: exerciseKeyForArticle(slug) });
  for (const student of cls.students) {
    await saveAnswer(
      { article: slug, question, assignmentId, value: { text: `de ${student.name}` }, baseRevision: 0, saveId: newSaveId() },
      async () => student,
    );
  }
  const answers = await db().answer.findMany({ where: { attempt: { assignmentId } } });
  await db().feedback.createMany({ data: answers.map((answer) => ({ answerId: answer.id, teacherId: cls.teacher.id, comment: "Bien" })) });
  return { cls, assignmentId };
}

const rowsOf = async (userId: string, classId: string) => ({
  attempts: await db().attempt.count({ where: { userId } }),
  answers: await db().answer.count({ where: { attempt: { userId } } }),
  feedback: await db().feedback.count({ where: { answer: { attempt: { userId } } } }),
  enrolments: await db().enrolment.count({ where: { userId, classId } }),
  users: await db().user.count({ where: { id: userId } }),
});

describe("deleting a student's work in an assignment", () => {
  it("removes their attempt, answers and feedback; they stay in the class; the other student keeps theirs", async () => {
    const { cls, assignmentId } = await workedClass();
    const [lea, tom] = cls.students;
    await deleteStudentWork(cls.teacher, assignmentId, lea!.id);
    expect(await rowsOf(lea!.id, cls.classId)).toEqual({ attempts: 0, answers: 0, feedback: 0, enrolments: 1, users: 1 });
    expect(await rowsOf(tom!.id, cls.classId)).toEqual({ attempts: 1, answers: 1, feedback: 1, enrolments: 1, users: 1 });
    expect(await codeOf(deleteStudentWork(cls.teacher, assignmentId, lea!.id))).toBe("NOT_FOUND");
  });

  it("is refused to another teacher and to the student, and changes nothing", async () => {
    const { cls, assignmentId } = await workedClass();
    const other = await createClassWithStudents({ names: ["Inès"] });
    const [lea] = cls.students;
    expect(await codeOf(deleteStudentWork(other.teacher, assignmentId, lea!.id))).toBe("NOT_FOUND");
    expect(await codeOf(deleteStudentWork(lea!, assignmentId, lea!.id))).toBe("NOT_FOUND");
    expect(await rowsOf(lea!.id, cls.classId)).toEqual({ attempts: 1, answers: 1, feedback: 1, enrolments: 1, users: 1 });
  });

  it("lists who has work for the data page in one statement, for its teacher only", async () => {
    const { cls, assignmentId } = await workedClass();
    const { result, statements } = await recordStatements(() => getAssignmentWork(cls.teacher, assignmentId));
    expect(statements).toHaveLength(1);
    expect(result?.students.map((student) => [student.name, student.status, student.answers])).toEqual([
      ["Léa", "IN_PROGRESS", 1],
      ["Tom", "IN_PROGRESS", 1],
    ]);
    const other = await createClassWithStudents({ names: ["Inès"] });
    expect(await getAssignmentWork(other.teacher, assignmentId)).toBeNull();
  });
});

describe("removing a student from the class", () => {
  it("deletes their work with their feedback, their enrolment and their account", async () => {
    const { cls } = await workedClass();
    const [lea] = cls.students;
    await removeStudent(cls.teacher, cls.classId, lea!.id);
    expect(await rowsOf(lea!.id, cls.classId)).toEqual({ attempts: 0, answers: 0, feedback: 0, enrolments: 0, users: 0 });
  });
});

describe("deleting a class after typing its name", () => {
  it("deletes nothing when the name typed is another, and everything when it is the class's (case and accents aside)", async () => {
    const { cls, assignmentId } = await workedClass();
    const { name } = await db().class.findUniqueOrThrow({ where: { id: cls.classId } });
    expect(await codeOf(deleteClassConfirmed(cls.teacher, cls.classId, "pas celle-ci"))).toBe("CONFIRM_MISMATCH");
    expect(await db().class.count({ where: { id: cls.classId } })).toBe(1);
    const other = await createClassWithStudents();
    expect(await codeOf(deleteClassConfirmed(other.teacher, cls.classId, name))).toBe("NOT_FOUND");
    await deleteClassConfirmed(cls.teacher, cls.classId, ` ${name.toUpperCase()} `);
    expect(await db().assignment.count({ where: { id: assignmentId } })).toBe(0);
    for (const student of cls.students)
      expect(await rowsOf(student.id, cls.classId)).toEqual({ attempts: 0, answers: 0, feedback: 0, enrolments: 0, users: 0 });
  });
});

const runPurgeScript = (...args: string[]) =>
  spawnSync("node_modules/.bin/tsx", ["scripts/purge.ts", ...args], {
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, DATABASE_URL: env().DATABASE_URL },
  });

describe("purging archived classes", () => {
  const archiveMonthsAgo = (classId: string, months: number) =>
    db().class.update({ where: { id: classId }, data: { archivedAt: purgeCutoff(new Date(), months) } });

  it("deletes, past the retention period only, archived classes with their students and work; --dry-run deletes nothing", async () => {
    const [old, recent, current] = await Promise.all([workedClass(), workedClass(), workedClass()]);
    await archiveMonthsAgo(old.cls.classId, 13);
    await archiveMonthsAgo(recent.cls.classId, 11);
    const dry = await purgeArchivedClasses(db(), { dryRun: true });
    expect(dry.classes.map((cls) => cls.id)).toContain(old.cls.classId);
    expect(dry.classes.map((cls) => cls.id)).not.toContain(recent.cls.classId);
    expect(await db().class.count({ where: { id: old.cls.classId } })).toBe(1);

    const done = await purgeArchivedClasses(db());
    expect(done.classes.map((cls) => cls.id)).toContain(old.cls.classId);
    expect(await db().class.count({ where: { id: { in: [old.cls.classId, recent.cls.classId, current.cls.classId] } } })).toBe(2);
    for (const student of old.cls.students)
      expect(await rowsOf(student.id, old.cls.classId)).toEqual({ attempts: 0, answers: 0, feedback: 0, enrolments: 0, users: 0 });
    expect(await db().answer.count({ where: { attempt: { assignmentId: recent.assignmentId } } })).toBe(2);
  });

  it("runs as `npm run purge -- --dry-run` against DATABASE_URL, and says what it would delete", async () => {
    const { cls } = await workedClass();
    await archiveMonthsAgo(cls.classId, 24);
    const result = runPurgeScript("--dry-run");
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(cls.classId);
    expect(result.stdout).toMatch(/dry run: nothing deleted/);
    expect(await db().class.count({ where: { id: cls.classId } })).toBe(1);
  });
});

const unique = () => randomBytes(6).toString("hex");
const ago = (ms: number) => new Date(Date.now() - ms);

/** A session row as better-auth writes one, with the address and browser it records. */
async function addSession(userId: string, times: { createdAt: Date; expiresAt: Date; lastSeenAt?: Date }): Promise<string> {
  const id = `purge-session-${unique()}`;
  await db().session.create({
    data: {
      id,
      token: `token-${unique()}`,
      userId,
      ipAddress: "203.0.113.7",
      userAgent: "Mozilla/5.0 (test)",
      lastSeenAt: times.lastSeenAt ?? times.createdAt,
      ...times,
    },
  });
  return id;
}

/** A guest who answered one question, everything of theirs last touched `idleMs` ago, with one session of `sessionAgeMs`. */
async function guestWithWork(idleMs: number, sessionAgeMs: number) {
  const guest = await createLearner({ guest: true });
  await saveAnswer({ article: slug, question, value: { text: "en invité" }, baseRevision: 0, saveId: newSaveId() }, async () => guest);
  const at = ago(idleMs);
  const createdAt = ago(sessionAgeMs);
  await db().user.update({ where: { id: guest.id }, data: { createdAt: createdAt < at ? createdAt : at, updatedAt: at } });
  await db().attempt.updateMany({ where: { userId: guest.id }, data: { startedAt: at, updatedAt: at } });
  await db().answer.updateMany({ where: { attempt: { userId: guest.id } }, data: { createdAt: at, updatedAt: at } });
  const sessionId = await addSession(guest.id, { createdAt, expiresAt: new Date(createdAt.getTime() + SESSIONS.guest.maxAgeMs) });
  return { id: guest.id, sessionId };
}

const guestRows = async (userId: string) => ({
  users: await db().user.count({ where: { id: userId } }),
  sessions: await db().session.count({ where: { userId } }),
  attempts: await db().attempt.count({ where: { userId } }),
  answers: await db().answer.count({ where: { attempt: { userId } } }),
});

describe("npm run purge", () => {
  it("deletes guests nobody can come back as, ended sessions and spent rate-limit and sign-in counters; keeps whatever can still be used", async () => {
    // A guest whose one session ended long ago and who did nothing since: nobody can reach their work.
    const gone = await guestWithWork(2 * 365 * DAY, 2 * 365 * DAY);
    // A guest answering today, and one whose session (months old) still runs though they stopped.
    const active = await guestWithWork(0, 0);
    const resting = await guestWithWork(200 * DAY, 300 * DAY);

    const teacher = await createTeacher();
    const teacherIdle = await addSession(teacher.id, { createdAt: ago(DAY), expiresAt: ago(-6 * DAY), lastSeenAt: ago(SESSIONS.teacher.idleMs + HOUR) });
    const teacherBusy = await addSession(teacher.id, { createdAt: ago(DAY), expiresAt: ago(-6 * DAY), lastSeenAt: ago(HOUR) });
    const learner = await createLearner({ guest: false });
    const learnerEnded = await addSession(learner.id, { createdAt: ago(40 * DAY), expiresAt: ago(10 * DAY) });
    const learnerLive = await addSession(learner.id, { createdAt: ago(DAY), expiresAt: ago(-29 * DAY) });

    const spent = `203.0.113.8|/sign-in/email-${unique()}`;
    const counting = `203.0.113.9|/sign-in/email-${unique()}`;
    await db().rateLimit.createMany({
      data: [
        { id: unique(), key: spent, count: 3, lastRequest: BigInt(Date.now() - DAY) },
        { id: unique(), key: counting, count: 3, lastRequest: BigInt(Date.now()) },
      ],
    });

    const throttles = { spent: `failures:${unique()}`, counting: `failures:${unique()}` };
    await db().throttle.createMany({
      data: [
        { key: throttles.spent, count: 6, windowStart: ago(3 * DAY), lastAt: ago(RETENTION.throttleKeptMs + HOUR) },
        { key: throttles.counting, count: 6, windowStart: ago(3 * DAY), lastAt: ago(RETENTION.throttleKeptMs - HOUR) },
      ],
    });

    const dry = runPurgeScript("--dry-run");
    expect(dry.status, dry.stderr).toBe(0);
    expect(await guestRows(gone.id)).toEqual({ users: 1, sessions: 1, attempts: 1, answers: 1 });

    const result = runPurgeScript();
    expect(result.status, result.stderr).toBe(0);
    expect(await guestRows(gone.id)).toEqual({ users: 0, sessions: 0, attempts: 0, answers: 0 });
    expect(await guestRows(active.id)).toEqual({ users: 1, sessions: 1, attempts: 1, answers: 1 });
    expect(await guestRows(resting.id)).toEqual({ users: 1, sessions: 1, attempts: 1, answers: 1 });
    const sessionsLeft = await db().session.findMany({ where: { id: { in: [teacherIdle, teacherBusy, learnerEnded, learnerLive] } }, select: { id: true } });
    expect(sessionsLeft.map((session) => session.id).sort()).toEqual([teacherBusy, learnerLive].sort());
    const countersLeft = await db().rateLimit.findMany({ where: { key: { in: [spent, counting] } }, select: { key: true } });
    expect(countersLeft.map((row) => row.key)).toEqual([counting]);
    const throttlesLeft = await db().throttle.findMany({ where: { key: { in: Object.values(throttles) } }, select: { key: true } });
    expect(throttlesLeft.map((row) => row.key)).toEqual([throttles.counting]);
  });
});

describe("the purge, step by step", () => {
  it("keeps a guest whose session has ended but who worked within RETENTION.guestInactiveMonths, and deletes one quiet for longer", async () => {
    const quietDays = Math.ceil((Date.now() - purgeCutoff(new Date(), RETENTION.guestInactiveMonths).getTime()) / DAY);
    const lately = await guestWithWork((quietDays - 3) * DAY, SESSIONS.guest.maxAgeMs + DAY);
    const quiet = await guestWithWork((quietDays + 3) * DAY, SESSIONS.guest.maxAgeMs + DAY);
    const dry = await runPurge(db(), { dryRun: true });
    expect(dry?.steps.map((step) => step.name)).toEqual(["archivedClasses", "endedSessions", "inactiveGuests", "rateLimitCounters", "throttleCounters"]);
    expect(dry?.steps.find((step) => step.name === "inactiveGuests")?.deleted).toBeGreaterThan(0);
    expect(await guestRows(quiet.id)).toEqual({ users: 1, sessions: 1, attempts: 1, answers: 1 });

    await runPurge(db());
    expect(await guestRows(quiet.id)).toEqual({ users: 0, sessions: 0, attempts: 0, answers: 0 });
    // Their ended session went; they stay a while in case, and nothing of theirs is reachable meanwhile.
    expect(await guestRows(lately.id)).toEqual({ users: 1, sessions: 0, attempts: 1, answers: 1 });
  });

  it("runs once at a time: while another run holds the lock, a run deletes nothing and says so", async () => {
    const learner = await createLearner({ guest: false });
    const ended = await addSession(learner.id, { createdAt: ago(40 * DAY), expiresAt: ago(DAY) });
    const other = new pg.Client({ connectionString: env().DATABASE_URL });
    await other.connect();
    try {
      await other.query("BEGIN");
      await other.query("SELECT pg_advisory_xact_lock($1::bigint)", [PURGE_LOCK_KEY.toString()]);
      expect(await runPurge(db())).toBeNull();
      expect(await db().session.count({ where: { id: ended } })).toBe(1);
      await other.query("COMMIT");
    } finally {
      await other.end();
    }
    expect(await runPurge(db())).not.toBeNull();
    expect(await db().session.count({ where: { id: ended } })).toBe(0);
  });

  it("deletes no counter that still counts: every window better-auth's limiter uses fits in RETENTION.rateLimitWindowMs", async () => {
    const { rateLimit } = await getAuth(new Headers({ host: "school.test" })).$context;
    const windows = [
      rateLimit.window,
      ...Object.values(rateLimit.customRules ?? {}).flatMap((rule) => (rule && typeof rule === "object" ? [rule.window] : [])),
    ];
    expect(windows.length).toBeGreaterThan(1);
    for (const window of windows) expect(window * 1000).toBeLessThanOrEqual(RETENTION.rateLimitWindowMs);
  });
});

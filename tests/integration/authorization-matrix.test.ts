import { randomInt } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { saveAnswer } from "@/lib/answers/mutations";
import { saveIntoOpenAttempt } from "@/lib/answers/upsert";
import {
  copyAssignment,
  copyClassAssignments,
  createAssignments,
  deleteAssignment,
  releaseCommentary,
  setAssignmentAudience,
  setAssignmentClosed,
  updateAssignment,
} from "@/lib/assignments/mutations";
import {
  getAssignmentContext,
  getAssignmentForEdit,
  getAssignmentForPaper,
  getCommentaryHold,
  listStudentClasses,
  readAssignmentState,
  type AssignmentState,
} from "@/lib/assignments/queries";
import { contextOf } from "@/lib/attempts/context";
import { getOwnAttempt, openAttempt, submitAttempt } from "@/lib/attempts/mutations";
import { getAttemptResultsView, getLearnerState, getOwnAttemptWithAnswers, listSelfStudyAttempts } from "@/lib/attempts/queries";
import { callAuthEndpoint } from "@/lib/auth/endpoints";
import { resolveSession } from "@/lib/auth/session";
import type { Viewer } from "@/lib/auth/viewer";
import { createClass, deleteClass, deleteClassConfirmed, regenerateJoinCode, renameClass, setClassArchived, setJoiningOpen } from "@/lib/classes/mutations";
import { createGroup, deleteGroup, getClassGroups, listGroups, renameGroup, setGroupMembers } from "@/lib/classes/groups";
import { getClassOverview, getOwnClass, listClasses } from "@/lib/classes/queries";
import { joinClass, joinClassAndSignIn } from "@/lib/classes/join";
import { addStudents, removeStudent, resetStudentPassword, resetStudentPasswords } from "@/lib/classes/students";
import { getContent } from "@/lib/content";
import { db } from "@/lib/db";
import { deleteTeacherAccount, eraseGuest } from "@/lib/erasure/mutations";
import { AppError, isAppError } from "@/lib/errors";
import { COMPARISON_EXERCISE_KEY, exerciseKeyForArticle } from "@/lib/exercises/keys";
import { addToCommentBank, releaseFeedback, returnAttempt, saveFeedback } from "@/lib/review/mutations";
import { getAssignmentProgress, getQuestionReview, getReviewStart, getStudentReview } from "@/lib/review/queries";
import { exportCsv } from "@/lib/export/export-csv";
import { exportRows, getExportTarget, type ExportTarget } from "@/lib/export/queries";
import { Prisma } from "@/lib/generated/prisma/client";
import { getChartsData } from "@/lib/review/charts-query";
import { ownAssignmentRow } from "@/lib/review/own-assignment";
import { deleteStudentWork, getAssignmentWork } from "@/lib/review/work";
import { createAssignment, createClassWithStudents, createLearner, newSaveId, testAddress, type TestClass } from "../support/factories";
import { domainFunctions } from "../support/domain-functions";
import { sessionCookie } from "../support/sessions";

/**
 * The authorization matrix of the domain functions that every server action and route calls:
 * six people (a guest, a student of class A, their classmate, a student of class B, the teacher
 * of A, another teacher) × every domain function that takes a viewer → allowed or denied. Which
 * functions those are is read from lib/ (tests/support/domain-functions.ts): one without a row
 * fails the first test, by name. Denied reads return nothing of class A (null, an empty list, or a
 * list without it), or, for the classmate, nothing of student A's work; denied writes change nothing. Someone with no session never reaches these
 * functions (the actions answer NOT_FOUND first; the routes are checked over HTTP in
 * tests/e2e/classroom-access.spec.ts), except joining, which is theirs. Three more: sessions that
 * were ended while their signed five-minute copy is still in the cookie (teacher A signed out;
 * teacher A changed their password from another browser, signing out the others; student A's
 * password reset by the teacher), each resolved from its cookie as every page, action and export
 * does: no one's, so refused for reads and writes alike (issue 22).
 */

type Person = "guest" | "classmate" | "studentA" | "studentB" | "teacherA" | "teacherB";
/** A session of teacher A's or student A's that was ended: by signing out, by a password change that signs out the other browsers, by a reset. */
type Ended = "signedOutTeacherA" | "passwordChangedTeacherA" | "passwordResetStudentA";
type Actor = Person | Ended;
/**
 * The classmate: student A's classmate in class A, who may work on the assignment but never reads
 * or writes student A's work. The ended sessions come before the people whose allowed writes
 * change class A.
 */
const ACTORS: Actor[] = [
  "guest",
  "signedOutTeacherA",
  "passwordChangedTeacherA",
  "passwordResetStudentA",
  "classmate",
  "studentA",
  "studentB",
  "teacherB",
  "teacherA",
];

type World = {
  a: TestClass;
  b: TestClass;
  guest: Viewer;
  assignmentId: string;
  attemptId: string;
  viewers: Record<Person, Viewer>;
  ended: Record<Ended, string>;
  /** A second class of teacher A's, made when a row first needs one (copies). */
  spare?: string;
};

let slug: string;
let question: string;

beforeAll(async () => {
  const content = await getContent();
  slug = content.articles[4]!.slug;
  question = content.questionSets[slug]!.questions.find((candidate) => candidate.type === "open")!.key;
});

async function world(): Promise<World> {
  const [a, b, guest] = await Promise.all([
    createClassWithStudents({ names: ["Léa", "Tom"] }),
    createClassWithStudents({ names: ["Inès"] }),
    createLearner({ guest: true }),
  ]);
  const assignmentId = await createAssignment(a, { exerciseKey: exerciseKeyForArticle(slug), revealPolicy: "AFTER_RELEASE" });
  const { attemptId } = await saveAnswer(
    { article: slug, question, assignmentId, value: { text: "Léa" }, baseRevision: 0, saveId: newSaveId() },
    async () => a.students[0]!,
  );
  return {
    a,
    b,
    guest,
    assignmentId,
    attemptId,
    viewers: { guest, classmate: a.students[1]!, studentA: a.students[0]!, studentB: b.students[0]!, teacherA: a.teacher, teacherB: b.teacher },
    ended: await endedSessions(a),
  };
}

const headersWith = (cookie: string) =>
  new Headers({ host: "school.test:3000", "x-forwarded-for": `198.51.100.${randomInt(1, 255)}`, "x-forwarded-proto": "http", cookie });

/** The cookies of three sessions of class A's, each ended as the app ends it (better-auth's endpoints, the teacher's reset). */
async function endedSessions(a: TestClass): Promise<Record<Ended, string>> {
  const [signedOut, passwordChanged, current, passwordReset] = await Promise.all([
    sessionCookie(a.teacher),
    sessionCookie(a.teacher),
    sessionCookie(a.teacher),
    sessionCookie(a.students[0]!),
  ]);
  const out = await callAuthEndpoint(headersWith(signedOut), "/sign-out", {}, { withSession: true });
  const change = { currentPassword: a.teacher.password, newPassword: "tigre-nuage-pomme-vent", revokeOtherSessions: true };
  const changed = await callAuthEndpoint(headersWith(current), "/change-password", change, { withSession: true });
  expect([out.status, changed.status]).toEqual([200, 200]);
  await resetStudentPassword(a.teacher, a.classId, a.students[0]!.id, "fr");
  return { signedOutTeacherA: signedOut, passwordChangedTeacherA: passwordChanged, passwordResetStudentA: passwordReset };
}

const isEnded = (actor: Actor): actor is Ended => actor === "signedOutTeacherA" || actor === "passwordChangedTeacherA" || actor === "passwordResetStudentA";

/**
 * Who a call acts for: a person's viewer; for an ended session, what its cookie resolves to when
 * checked in the database, as every page, action, export and save's full path asks (getViewer,
 * lib/auth/session.ts). Null: the call is refused before any of these functions (SESSION_ENDED).
 */
const viewerOf = async (w: World, actor: Actor): Promise<Viewer | null> =>
  isEnded(actor) ? (await resolveSession(headersWith(w.ended[actor]), { live: true })).viewer : w.viewers[actor];

/** Everything of class A a denied call could have changed. */
const snapshot = (w: World) =>
  Promise.all([
    db().class.findUnique({ where: { id: w.a.classId } }),
    db().enrolment.findMany({ where: { classId: w.a.classId }, orderBy: { userId: "asc" } }),
    db().assignment.findMany({ where: { classId: w.a.classId }, orderBy: { id: "asc" } }),
    db().attempt.findMany({ where: { assignment: { classId: w.a.classId } }, include: { answers: true }, orderBy: { id: "asc" } }),
    db().account.findMany({ where: { userId: { in: w.a.students.map((student) => student.id) } }, select: { password: true }, orderBy: { id: "asc" } }),
    db().feedback.findMany({ where: { answer: { attempt: { assignment: { classId: w.a.classId } } } }, orderBy: { id: "asc" } }),
  ]);

const DENIED = new Set(["NOT_FOUND", "ASSIGNMENT_NOT_FOUND", "ATTEMPT_NOT_FOUND", "SIGNED_IN_ALREADY"]);

/** "allow" when the call gave something of class A's or did its work; "deny" when it refused or gave nothing of A's. */
async function outcome(call: () => Promise<unknown>, seesA: (result: unknown) => boolean): Promise<"allow" | "deny"> {
  try {
    const result = await call();
    return seesA(result) ? "allow" : "deny";
  } catch (error) {
    if (isAppError(error) && DENIED.has(error.code)) return "deny";
    throw error;
  }
}

const present = (_: World, result: unknown) => result !== null && result !== undefined;
/** Whether a student's view of the assignment is student A's attempt. */
const showsAttemptOfA = (w: World, result: unknown) => (result as { attempt?: { id: string } | null } | null)?.attempt?.id === w.attemptId;
/** Whether a learner state holds student A's attempt, answers or the feedback on them. */
const showsWorkOfA = (w: World, result: unknown) => {
  const state = result as { attempt?: { id: string } | null; feedback?: Record<string, unknown> } | null;
  return state?.attempt?.id === w.attemptId || Object.keys(state?.feedback ?? {}).length > 0;
};

/**
 * One function: who may call it, and for a read how to tell that it gave class A's data (by default:
 * anything but null). A write that resolves did its work; a refusal throws.
 */
type Row = {
  action: string;
  allowed: Actor[];
  run: (w: World, viewer: Viewer) => Promise<unknown>;
  seesA?: (w: World, result: unknown) => boolean;
  /** Puts class A in the state the function acts on (e.g. a submitted attempt to return). */
  prepare?: (w: World) => Promise<unknown>;
  /** The call as someone with no session makes it, for the one function open to them (joining); any other is refused without a session. */
  withoutSession?: (w: World) => Promise<unknown>;
};

/** Student A's place in class A's roster, and their one answer. */
const enrolmentOf = async (w: World) => (await db().enrolment.findFirstOrThrow({ where: { classId: w.a.classId, userId: w.a.students[0]!.id } })).id;
const answerOf = async (w: World) => (await db().answer.findFirstOrThrow({ where: { attemptId: w.attemptId } })).id;
const studentTarget = async (w: World) => ({ classId: w.a.classId, assignmentId: w.assignmentId, enrolmentId: await enrolmentOf(w) });
/** Class A's group "Groupe A", made by its teacher on first use. */
const groupOf = async (w: World) =>
  (await db().group.findFirst({ where: { classId: w.a.classId } }))?.id ?? (await createGroup(w.a.teacher, w.a.classId, "Groupe A")).id;
const exerciseOf = async (w: World) => (await db().assignment.findUniqueOrThrow({ where: { id: w.assignmentId } })).exerciseId;
/** Class A's assignment as an export names it (what getExportTarget gives teacher A): the export functions scope it again themselves. */
const exportTargetOf = async (w: World): Promise<ExportTarget> => ({
  classId: w.a.classId,
  className: (await db().class.findUniqueOrThrow({ where: { id: w.a.classId } })).name,
  assignmentId: w.assignmentId,
  exerciseKey: exerciseKeyForArticle(slug),
});
async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const collected: T[] = [];
  for await (const item of items) collected.push(item);
  return collected;
}

/** Teacher A's second class, made once per world. */
const spareOfA = async (w: World): Promise<string> => (w.spare ??= (await createClass(w.a.teacher, { name: "Autre classe de A" })).id);
/** A class of the viewer's own to copy into or from: class B for its teacher, teacher A's second class for anyone else. */
const ownClassFor = async (w: World, v: Viewer): Promise<string> => (v.id === w.b.teacher.id ? w.b.classId : spareOfA(w));

const rows: Row[] = [
  {
    action: "listClasses",
    allowed: ["teacherA"],
    run: (_, v) => listClasses(v),
    seesA: (w, r) => (r as Array<{ id: string }>).some((cls) => cls.id === w.a.classId),
  },
  { action: "getClassOverview", seesA: present, allowed: ["teacherA"], run: (w, v) => getClassOverview(v, w.a.classId) },
  { action: "getOwnClass", seesA: present, allowed: ["teacherA"], run: (w, v) => getOwnClass(v, w.a.classId) },
  { action: "createClass", allowed: ["teacherA", "teacherB"], run: (_, v) => createClass(v, { name: "Nouvelle" }) },
  // Copies go only from and into the viewer's own classes: class A's assignments, into a class of the viewer's.
  {
    action: "createClass (with class A's assignments)",
    allowed: ["teacherA"],
    run: (w, v) => createClass(v, { name: "Suite", copyAssignmentsFrom: w.a.classId }),
  },
  {
    action: "copyAssignment",
    allowed: ["teacherA"],
    run: async (w, v) =>
      copyAssignment(v, { classId: w.a.classId, assignmentId: w.assignmentId }, { destinationClassId: await ownClassFor(w, v), dueOn: null }),
  },
  {
    action: "copyClassAssignments",
    allowed: ["teacherA"],
    run: async (w, v) => copyClassAssignments(v, { sourceClassId: w.a.classId, destinationClassId: await ownClassFor(w, v) }),
  },
  // …and into class A from a class of the viewer's (class B has an assignment to copy).
  {
    action: "copyClassAssignments (into class A)",
    allowed: ["teacherA"],
    prepare: (w) => createAssignment(w.b),
    run: async (w, v) => copyClassAssignments(v, { sourceClassId: await ownClassFor(w, v), destinationClassId: w.a.classId }),
  },
  { action: "renameClass", allowed: ["teacherA"], run: (w, v) => renameClass(v, w.a.classId, "Renommée") },
  { action: "setClassArchived", allowed: ["teacherA"], run: (w, v) => setClassArchived(v, w.a.classId, true) },
  { action: "setJoiningOpen", allowed: ["teacherA"], run: (w, v) => setJoiningOpen(v, w.a.classId, false) },
  { action: "regenerateJoinCode", allowed: ["teacherA"], run: (w, v) => regenerateJoinCode(v, w.a.classId) },
  { action: "deleteClass", allowed: ["teacherA"], run: (w, v) => deleteClass(v, w.a.classId) },
  { action: "addStudents", allowed: ["teacherA"], run: (w, v) => addStudents(v, w.a.classId, "Nouveau", "fr") },
  { action: "resetStudentPassword", allowed: ["teacherA"], run: (w, v) => resetStudentPassword(v, w.a.classId, w.a.students[1]!.id, "fr") },
  {
    action: "resetStudentPasswords",
    allowed: ["teacherA"],
    run: (w, v) => resetStudentPasswords(v, w.a.classId, [w.a.students[0]!.id, w.a.students[1]!.id], "fr"),
  },
  { action: "removeStudent", allowed: ["teacherA"], run: (w, v) => removeStudent(v, w.a.classId, w.a.students[1]!.id) },
  {
    action: "createAssignments",
    allowed: ["teacherA"],
    run: (w, v) => createAssignments(v, { classId: w.a.classId, exercises: [COMPARISON_EXERCISE_KEY], dueOn: null, revealPolicy: "NEVER" }),
  },
  {
    action: "updateAssignment",
    allowed: ["teacherA"],
    run: (w, v) =>
      updateAssignment(v, {
        classId: w.a.classId,
        assignmentId: w.assignmentId,
        exercise: exerciseKeyForArticle(slug),
        dueOn: "2027-01-10",
        revealPolicy: "NEVER",
        confirmLoss: null,
      }),
  },
  { action: "getAssignmentForEdit", seesA: present, allowed: ["teacherA"], run: (w, v) => getAssignmentForEdit(v, w.assignmentId) },
  { action: "getAssignmentForPaper", seesA: present, allowed: ["teacherA"], run: (w, v) => getAssignmentForPaper(v, w.assignmentId) },
  {
    action: "setAssignmentAudience",
    allowed: ["teacherA"],
    run: async (w, v) =>
      setAssignmentAudience(
        v,
        { classId: w.a.classId, assignmentId: w.assignmentId },
        {
          audience: "STUDENTS",
          groupIds: [],
          enrolmentIds: [await enrolmentOf(w)],
          dueDates: { [await enrolmentOf(w)]: "2027-02-01" },
        },
      ),
  },
  {
    action: "listGroups",
    seesA: (_, r) => (r as unknown[]).length > 0,
    allowed: ["teacherA"],
    run: async (w, v) => (await groupOf(w), listGroups(v, w.a.classId)),
  },
  { action: "getClassGroups", seesA: present, allowed: ["teacherA"], run: (w, v) => getClassGroups(v, w.a.classId) },
  { action: "createGroup", allowed: ["teacherA"], run: (w, v) => createGroup(v, w.a.classId, "Groupe") },
  { action: "renameGroup", allowed: ["teacherA"], run: async (w, v) => renameGroup(v, w.a.classId, await groupOf(w), "Atelier") },
  { action: "deleteGroup", allowed: ["teacherA"], run: async (w, v) => deleteGroup(v, w.a.classId, await groupOf(w)) },
  { action: "setGroupMembers", allowed: ["teacherA"], run: async (w, v) => setGroupMembers(v, w.a.classId, await groupOf(w), [await enrolmentOf(w)]) },
  { action: "setAssignmentClosed", allowed: ["teacherA"], run: (w, v) => setAssignmentClosed(v, { classId: w.a.classId, assignmentId: w.assignmentId }, true) },
  { action: "releaseCommentary", allowed: ["teacherA"], run: (w, v) => releaseCommentary(v, { classId: w.a.classId, assignmentId: w.assignmentId }) },
  { action: "deleteAssignment", allowed: ["teacherA"], run: (w, v) => deleteAssignment(v, { classId: w.a.classId, assignmentId: w.assignmentId }) },
  // Class A's assignment is the classmate's too: what matters is that student A's attempt, answers and feedback are not.
  { action: "getAssignmentContext", seesA: present, allowed: ["studentA", "classmate"], run: (w, v) => getAssignmentContext(v, w.assignmentId) },
  {
    action: "getAssignmentContext (student A's attempt)",
    seesA: showsAttemptOfA,
    allowed: ["studentA"],
    run: (w, v) => getAssignmentContext(v, w.assignmentId),
  },
  {
    action: "getLearnerState (assignment)",
    seesA: present,
    allowed: ["studentA", "classmate"],
    run: (w, v) => getLearnerState(v, exerciseKeyForArticle(slug), contextOf(w.assignmentId)),
  },
  {
    action: "getLearnerState (assignment: student A's answers and released feedback)",
    seesA: showsWorkOfA,
    allowed: ["studentA"],
    prepare: async (w) => {
      await saveFeedback(w.a.teacher, { answerId: await answerOf(w), value: { comment: "Bien", score: 2 }, baseRevision: 0, saveId: newSaveId() });
      await releaseFeedback(w.a.teacher, { classId: w.a.classId, assignmentId: w.assignmentId, enrolmentId: null });
    },
    run: (w, v) => getLearnerState(v, exerciseKeyForArticle(slug), contextOf(w.assignmentId)),
  },
  {
    action: "saveAnswer (assignment)",
    allowed: ["studentA"],
    run: (w, v) =>
      saveAnswer(
        { article: slug, question, assignmentId: w.assignmentId, attemptId: w.attemptId, value: { text: "x" }, baseRevision: 1, saveId: newSaveId() },
        async () => v,
      ),
  },
  {
    action: "saveAnswer (assignment, first save)",
    // The classmate's first save opens their own attempt (below: student A's stays untouched).
    allowed: ["studentA", "classmate"],
    run: (w, v) =>
      saveAnswer({ article: slug, question, assignmentId: w.assignmentId, value: { text: "x" }, baseRevision: 0, saveId: newSaveId() }, async () => v).catch(
        (error: unknown) => {
          // Student A already has the attempt: a first save from a stale page reads the newer answer back.
          if (isAppError(error) && error.code === "STALE_REVISION") return "stale";
          throw error;
        },
      ),
  },
  {
    action: "listStudentClasses",
    allowed: ["studentA", "classmate"],
    run: (_, v) => listStudentClasses(v),
    seesA: (w, r) => (r as Array<{ id: string }>).some((cls) => cls.id === w.a.classId),
  },
  { action: "readAssignmentState", seesA: present, allowed: ["studentA", "classmate"], run: (w, v) => readAssignmentState(v, w.assignmentId, true) },
  {
    action: "readAssignmentState (student A's attempt and answers)",
    seesA: (w, r) => (r as AssignmentState | null)?.context.attempt?.id === w.attemptId || Object.keys((r as AssignmentState | null)?.answers ?? {}).length > 0,
    allowed: ["studentA"],
    run: (w, v) => readAssignmentState(v, w.assignmentId, true),
  },
  // Class A's assignment holds the commentary back (AFTER_RELEASE), from its students' self-study too.
  { action: "getCommentaryHold", seesA: present, allowed: ["studentA", "classmate"], run: (_, v) => getCommentaryHold(v, exerciseKeyForArticle(slug)) },
  // The classmate opens an attempt of their own (the test below checks it is not student A's).
  { action: "openAttempt", allowed: ["studentA", "classmate"], run: async (w, v) => openAttempt(v, await exerciseOf(w), contextOf(w.assignmentId)) },
  { action: "getOwnAttempt", allowed: ["studentA"], run: async (w, v) => getOwnAttempt(v, w.attemptId, await exerciseOf(w), contextOf(w.assignmentId)) },
  {
    action: "saveIntoOpenAttempt",
    // Null: nothing written (the full path then says why).
    seesA: present,
    allowed: ["studentA"],
    run: (w, v) =>
      saveIntoOpenAttempt(
        v,
        exerciseKeyForArticle(slug),
        { article: slug, question, assignmentId: w.assignmentId, attemptId: w.attemptId, value: { text: "x" }, baseRevision: 1, saveId: newSaveId() },
        contextOf(w.assignmentId),
        { text: "x" },
      ),
  },
  {
    action: "listSelfStudyAttempts",
    seesA: (_, r) => (r as unknown[]).length > 0,
    allowed: ["studentA"],
    prepare: (w) => saveAnswer({ article: slug, question, value: { text: "seule" }, baseRevision: 0, saveId: newSaveId() }, async () => w.a.students[0]!),
    run: (_, v) => listSelfStudyAttempts(v),
  },
  { action: "getOwnAttemptWithAnswers", seesA: present, allowed: ["studentA"], run: (w, v) => getOwnAttemptWithAnswers(v, w.attemptId) },
  { action: "getAttemptResultsView", seesA: present, allowed: ["studentA"], run: (w, v) => getAttemptResultsView(v, w.attemptId) },
  { action: "submitAttempt", allowed: ["studentA"], run: (w, v) => submitAttempt(v, w.attemptId) },
  { action: "getAssignmentProgress", seesA: present, allowed: ["teacherA"], run: (w, v) => getAssignmentProgress(v, w.a.classId, w.assignmentId) },
  { action: "getQuestionReview", seesA: present, allowed: ["teacherA"], run: (w, v) => getQuestionReview(v, w.a.classId, w.assignmentId, question) },
  {
    action: "getStudentReview",
    seesA: present,
    allowed: ["teacherA"],
    run: async (w, v) => getStudentReview(v, w.a.classId, w.assignmentId, await enrolmentOf(w)),
  },
  { action: "getReviewStart", seesA: present, allowed: ["teacherA"], run: (w, v) => getReviewStart(v, w.a.classId, w.assignmentId) },
  {
    action: "saveFeedback",
    allowed: ["teacherA"],
    run: async (w, v) => saveFeedback(v, { answerId: await answerOf(w), value: { comment: "Bien", score: 2 }, baseRevision: 0, saveId: newSaveId() }),
  },
  {
    action: "releaseFeedback (student)",
    allowed: ["teacherA"],
    prepare: async (w) =>
      saveFeedback(w.a.teacher, { answerId: await answerOf(w), value: { comment: "Bien", score: 2 }, baseRevision: 0, saveId: newSaveId() }),
    run: async (w, v) => releaseFeedback(v, await studentTarget(w)),
  },
  {
    action: "releaseFeedback (assignment)",
    allowed: ["teacherA"],
    prepare: async (w) =>
      saveFeedback(w.a.teacher, { answerId: await answerOf(w), value: { comment: "Bien", score: 2 }, baseRevision: 0, saveId: newSaveId() }),
    run: (w, v) => releaseFeedback(v, { classId: w.a.classId, assignmentId: w.assignmentId, enrolmentId: null }),
  },
  {
    action: "returnAttempt",
    allowed: ["teacherA"],
    prepare: (w) => submitAttempt(w.a.students[0]!, w.attemptId),
    run: async (w, v) => returnAttempt(v, await studentTarget(w)),
  },
  // Someone's own bank: every teacher may keep comments; nothing of class A's is involved.
  { action: "addToCommentBank", allowed: ["teacherA", "teacherB"], run: (_, v) => addToCommentBank(v, "Citez le texte.") },
  { action: "getExportTarget (assignment)", seesA: present, allowed: ["teacherA"], run: (w, v) => getExportTarget(v, { assignmentId: w.assignmentId }) },
  { action: "getExportTarget (class)", seesA: present, allowed: ["teacherA"], run: (w, v) => getExportTarget(v, { classId: w.a.classId }) },
  { action: "getAssignmentWork", seesA: present, allowed: ["teacherA"], run: (w, v) => getAssignmentWork(v, w.assignmentId) },
  { action: "getChartsData", seesA: present, allowed: ["teacherA"], run: (w, v) => getChartsData(v, w.assignmentId) },
  {
    action: "ownAssignmentRow",
    seesA: present,
    allowed: ["teacherA"],
    run: (w, v) => ownAssignmentRow("matrix-own-assignment", v, w.assignmentId, Prisma.sql`asg."dueAt"`),
  },
  {
    action: "exportRows",
    seesA: (_, r) => (r as unknown[]).length > 0,
    allowed: ["teacherA"],
    run: async (w, v) => all(exportRows(v, await exportTargetOf(w), false, () => [])),
  },
  {
    action: "exportCsv",
    // The header is everyone's; a line with student A's name or answer is class A's.
    seesA: (_, r) => (r as string[]).join("").includes("Léa"),
    allowed: ["teacherA"],
    run: async (w, v) => all(exportCsv(v, await exportTargetOf(w), { sep: "semicolon", pseudonymised: false, locale: "fr" })),
  },
  { action: "deleteStudentWork", allowed: ["teacherA"], run: (w, v) => deleteStudentWork(v, w.assignmentId, w.a.students[0]!.id) },
  {
    action: "deleteClassConfirmed",
    allowed: ["teacherA"],
    run: async (w, v) => deleteClassConfirmed(v, w.a.classId, (await db().class.findUniqueOrThrow({ where: { id: w.a.classId } })).name),
  },
  // Someone's own account: each teacher deletes theirs (teacher A's with class A), the guest erases theirs.
  { action: "deleteTeacherAccount", allowed: ["teacherB", "teacherA"], run: (_, v) => deleteTeacherAccount(v) },
  { action: "eraseGuest", allowed: ["guest"], run: (_, v) => eraseGuest(v) },
  // An ended session is no session: joining, open to anyone without one, stays open to its browser.
  {
    action: "joinClass",
    allowed: ["guest", "signedOutTeacherA", "passwordChangedTeacherA", "passwordResetStudentA"],
    run: (w, v) => joinClass(v, { code: w.a.joinCode, name: `Nom ${v.id}`, password: "girafe-piano-nuage-sel" }, testAddress()),
    withoutSession: (w) =>
      joinClass(null, { code: w.a.joinCode, name: `Sans session ${randomInt(1_000_000)}`, password: "girafe-piano-nuage-sel" }, testAddress()),
  },
  // The same, then the new student's session (what the join form calls): allowed to the same.
  {
    action: "joinClassAndSignIn",
    allowed: ["guest", "signedOutTeacherA", "passwordChangedTeacherA", "passwordResetStudentA"],
    run: (w, v) =>
      joinClassAndSignIn(new Headers({ "x-forwarded-for": testAddress() }), v, {
        code: w.a.joinCode,
        name: `Nom et session ${v.id}`,
        password: "girafe-piano-nuage-sel",
      }),
    withoutSession: (w) =>
      joinClassAndSignIn(new Headers({ "x-forwarded-for": testAddress() }), null, {
        code: w.a.joinCode,
        name: `Sans session, signé ${randomInt(1_000_000)}`,
        password: "girafe-piano-nuage-sel",
      }),
  },
];

describe("authorization matrix", () => {
  // A row's action is its function's name, then what it checks in parentheses.
  it("has a row for every domain function that takes a viewer (tests/support/domain-functions.ts says which)", () => {
    const named = new Set(rows.map((row) => row.action.split(" ")[0]));
    const functions = domainFunctions();
    expect(
      functions.filter(({ name }) => !named.has(name)).map(({ module, name }) => `lib/${module} ${name}`),
      "functions without a row",
    ).toEqual([]);
    expect(
      [...named].filter((name) => !functions.some((fn) => fn.name === name)),
      "rows of no domain function",
    ).toEqual([]);
  });

  it.each(rows)("$action: only $allowed", async (row) => {
    const w = await world();
    await row.prepare?.(w);
    const seen: Record<string, string> = {};
    for (const actor of ACTORS) {
      const before = row.allowed.includes(actor) ? null : await snapshot(w);
      const viewer = await viewerOf(w, actor);
      const call = viewer ? () => row.run(w, viewer) : row.withoutSession && (() => row.withoutSession!(w));
      seen[actor] = call ? await outcome(call, (result) => (row.seesA ? row.seesA(w, result) : true)) : "deny";
      if (before) expect(await snapshot(w), `${row.action} as ${actor} changed class A`).toEqual(before);
    }
    expect(seen).toEqual(Object.fromEntries(ACTORS.map((actor) => [actor, row.allowed.includes(actor) ? "allow" : "deny"])));
  });

  it("lets a classmate work on the assignment in an attempt of their own, never in student A's", async () => {
    const w = await world();
    const before = await db().answer.findFirstOrThrow({ where: { attemptId: w.attemptId } });
    const own = await saveAnswer(
      { article: slug, question, assignmentId: w.assignmentId, value: { text: "Tom" }, baseRevision: 0, saveId: newSaveId() },
      async () => w.viewers.classmate,
    );
    expect(own.attemptId).not.toBe(w.attemptId);
    expect((await openAttempt(w.viewers.classmate, await exerciseOf(w), contextOf(w.assignmentId))).id).toBe(own.attemptId);
    expect(await db().attempt.findUniqueOrThrow({ where: { id: own.attemptId } })).toMatchObject({ userId: w.viewers.classmate.id });
    expect(await db().answer.findFirstOrThrow({ where: { attemptId: w.attemptId } })).toEqual(before);
  });

  it("refuses the ended sessions by the check in the database, their signed copies still naming their holders; a save's one statement refuses them too", async () => {
    const w = await world();
    const holders: Record<Ended, string> = {
      signedOutTeacherA: w.a.teacher.id,
      passwordChangedTeacherA: w.a.teacher.id,
      passwordResetStudentA: w.a.students[0]!.id,
    };
    for (const actor of Object.keys(holders) as Ended[]) {
      expect((await resolveSession(headersWith(w.ended[actor]))).viewer?.id, actor).toBe(holders[actor]);
      expect(await viewerOf(w, actor), actor).toBeNull();
    }
    const before = await snapshot(w);
    const save = saveAnswer(
      { article: slug, question, assignmentId: w.assignmentId, attemptId: w.attemptId, value: { text: "Après" }, baseRevision: 1, saveId: newSaveId() },
      async ({ live }) => {
        const { viewer } = await resolveSession(headersWith(w.ended.passwordResetStudentA), { live });
        if (!viewer) throw new AppError("SESSION_ENDED");
        return viewer;
      },
    );
    await expect(save).rejects.toMatchObject({ code: "SESSION_ENDED" });
    expect(await snapshot(w)).toEqual(before);
  });

  it("lets someone with no session join a class", async () => {
    const w = await world();
    await expect(joinClass(null, { code: w.a.joinCode, name: "Sans compte", password: "girafe-piano-nuage-sel" }, testAddress())).resolves.toMatchObject({
      email: expect.stringMatching(/@students\.invalid$/),
    });
  });
});

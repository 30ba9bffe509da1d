import "server-only";
import type { ReleasedFeedback, StoredAnswer } from "@/lib/attempts/state";
import { ownAttemptsSql } from "@/lib/attempts/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { enrolmentsOfSql } from "@/lib/classes/policy";
import { db, sql } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { ownAssignmentRow, type OwnAssignment } from "@/lib/review/own-assignment";
import { ISO_UTC } from "@/lib/sql-dates";
import { assignmentOpenSql, assignmentsGivenTo, assignmentsGivenToSql, assignmentStatus, dueAtSql, inAudienceSql, selfStudyHold } from "./policy";
import type { AssignmentContext, AssignmentFields, CommentaryHold } from "./types";

/**
 * Assignments as their students see them. Every statement reaches an assignment only through the
 * viewer's enrolment in its class (./policy.ts assignmentsGivenToSql, lib/classes/policy.ts
 * enrolmentsOfSql): one that is not theirs reads as absent.
 */

/** A row of CONTEXT_COLUMNS: the assignment's own fields as AssignmentContext has them, then its attempt's. */
type ContextRow = Pick<AssignmentContext, "id" | "className" | "exerciseKey" | "articleSlug" | "dueAt" | "closed" | "revealPolicy" | "questionKeys"> & {
  releasedAt: string | null;
  attemptId: string | null;
  attemptNumber: number | null;
  attemptStatus: "IN_PROGRESS" | "SUBMITTED" | null;
  submittedAt: string | null;
  feedbackReleased: boolean | null;
  returnedAt: string | null;
  returnMessage: string | null;
};

/**
 * The columns of ContextRow, from asg (Assignment), c (Class), e (Exercise), art (Article), att
 * (ATTEMPT) and the viewer's enrolment `me` (whose due day it is: lib/assignments/policy.ts dueAtSql).
 */
const CONTEXT_COLUMNS = Prisma.sql`asg."id", c."name" AS "className", e."key" AS "exerciseKey", art."slug" AS "articleSlug",
  to_char(${dueAtSql("me")}, ${ISO_UTC}) AS "dueAt", NOT ${assignmentOpenSql()} AS "closed",
  asg."revealPolicy"::text AS "revealPolicy", to_char(asg."releasedAt", ${ISO_UTC}) AS "releasedAt", asg."questionKeys",
  att."id" AS "attemptId", att."number" AS "attemptNumber", att."status"::text AS "attemptStatus",
  to_char(att."submittedAt", ${ISO_UTC}) AS "submittedAt", att."feedbackReleased",
  to_char(att."returnedAt", ${ISO_UTC}) AS "returnedAt", att."returnMessage"`;

/**
 * The viewer's one attempt in assignment asg (lib/attempts/policy.ts ownAttemptsSql), with whether
 * any feedback on it was released (the copy a student reads: lib/assignments/policy.ts
 * feedbackSeen) and, when `withAnswers` is true, its answers and that released feedback by question
 * key (a submitted or closed attempt's too: the reader shows them, read-only).
 */
const attemptOf = (viewer: Viewer, withAnswers: boolean) => Prisma.sql`LEFT JOIN LATERAL (
  SELECT a."id", a."number", a."status", a."submittedAt", bool_or(f."releasedAt" IS NOT NULL) AS "feedbackReleased",
         a."returnedAt", a."returnMessage",
         COALESCE(json_object_agg(q."key", json_build_object('value', ans."value", 'revision', ans."revision", 'savedAt', to_char(ans."updatedAt", ${ISO_UTC})))
                  FILTER (WHERE ans."id" IS NOT NULL AND ${withAnswers}::boolean), '{}'::json) AS "answers",
         COALESCE(json_object_agg(q."key", json_build_object('comment', f."releasedComment", 'score', f."releasedScore", 'releasedAt', to_char(f."releasedAt", ${ISO_UTC})))
                  FILTER (WHERE f."releasedAt" IS NOT NULL AND ${withAnswers}::boolean), '{}'::json) AS "feedback"
    FROM "Attempt" a
    LEFT JOIN "Answer" ans ON ans."attemptId" = a."id"
    LEFT JOIN "Question" q ON q."id" = ans."questionId"
    LEFT JOIN "Feedback" f ON f."answerId" = ans."id"
   WHERE ${ownAttemptsSql(viewer)} AND a."scope" = asg."id"
   GROUP BY a."id"
) att ON true`;

function toContext(row: ContextRow): AssignmentContext {
  const attempt = row.attemptId && row.attemptStatus ? { id: row.attemptId, status: row.attemptStatus, submittedAt: row.submittedAt } : null;
  return {
    id: row.id,
    className: row.className,
    exerciseKey: row.exerciseKey,
    articleSlug: row.articleSlug,
    dueAt: row.dueAt,
    closed: row.closed,
    revealPolicy: row.revealPolicy,
    questionKeys: row.questionKeys,
    released: row.releasedAt !== null,
    commented: row.feedbackReleased === true,
    attempt,
    status: assignmentStatus({
      attemptStatus: attempt?.status ?? null,
      revealPolicy: row.revealPolicy,
      releasedAt: row.releasedAt,
      feedbackReleased: row.feedbackReleased === true,
      returnedForRevision: row.returnedAt !== null,
    }),
  };
}

export type AssignmentState = {
  context: AssignmentContext;
  attemptNumber: number | null;
  answers: Record<string, StoredAnswer>;
  /** The teacher's released comments, by question key. */
  feedback: Record<string, ReleasedFeedback>;
  /** The teacher gave the work back for revision: when, and with what message. */
  returned: { at: string; message: string | null } | null;
};

/**
 * One assignment given to the viewer's class, with their attempt in it (and, with `withAnswers`,
 * that attempt's answers): ONE statement, because the reader's learner-state GET
 * serves it (lib/attempts/queries.ts getLearnerState) and must stay one query. Null when no class
 * the viewer is enrolled in has this assignment.
 */
export async function readAssignmentState(viewer: Viewer, requestedAssignmentId: string, withAnswers: boolean): Promise<AssignmentState | null> {
  const rows = await sql<ContextRow & { answers: Record<string, StoredAnswer> | null; feedback: Record<string, ReleasedFeedback> | null }>(
    "assignment-state",
    Prisma.sql`SELECT ${CONTEXT_COLUMNS}, att."answers", att."feedback"
       FROM "Assignment" asg
       JOIN "Class" c ON c."id" = asg."classId"
       JOIN "Enrolment" me ON me."classId" = c."id" AND ${enrolmentsOfSql(viewer, "me")}
       JOIN "Exercise" e ON e."id" = asg."exerciseId"
       LEFT JOIN "Article" art ON art."id" = e."articleId"
       ${attemptOf(viewer, withAnswers)}
      WHERE asg."id" = ${requestedAssignmentId} AND ${assignmentsGivenToSql(viewer)}`,
  );
  const row = rows[0];
  if (!row) return null;
  const returned = row.returnedAt && row.attemptStatus === "IN_PROGRESS" ? { at: row.returnedAt, message: row.returnMessage } : null;
  return { context: toContext(row), attemptNumber: row.attemptNumber, answers: row.answers ?? {}, feedback: row.feedback ?? {}, returned };
}

/**
 * What the reader needs to show a learner which assignment they are working on: class, exercise,
 * due date, closed, reveal policy, and their attempt's state. Null when the viewer is not a
 * student of the class it was given to (or it does not exist). One SQL statement.
 */
export async function getAssignmentContext(viewer: Viewer, requestedAssignmentId: string): Promise<AssignmentContext | null> {
  return (await readAssignmentState(viewer, requestedAssignmentId, false))?.context ?? null;
}

export type StudentClass = { id: string; name: string; studentName: string; assignments: AssignmentContext[] };

/**
 * "My assignments": the viewer's classes (not archived), the name each knows them by, and each
 * class's assignments with the viewer's status, soonest due first. One statement; empty for a guest.
 */
export async function listStudentClasses(viewer: Viewer): Promise<StudentClass[]> {
  if (viewer.isGuest) return [];
  const rows = await sql<{ id: string; name: string; studentName: string; assignments: ContextRow[] }>(
    "student-classes",
    Prisma.sql`SELECT c."id", c."name", me."name" AS "studentName",
            COALESCE((SELECT json_agg(x ORDER BY x."dueAt" NULLS LAST, x."createdAt" DESC)
                        FROM (SELECT ${CONTEXT_COLUMNS}, asg."createdAt"
                                FROM "Assignment" asg
                                JOIN "Exercise" e ON e."id" = asg."exerciseId"
                                LEFT JOIN "Article" art ON art."id" = e."articleId"
                                ${attemptOf(viewer, false)}
                               WHERE asg."classId" = c."id" AND ${inAudienceSql("me")}) x), '[]'::json) AS "assignments"
       FROM "Enrolment" me
       JOIN "Class" c ON c."id" = me."classId"
      WHERE ${enrolmentsOfSql(viewer, "me")} AND c."archivedAt" IS NULL
      ORDER BY c."name"`,
  );
  return rows.map((row) => ({ id: row.id, name: row.name, studentName: row.studentName, assignments: row.assignments.map(toContext) }));
}

export type AssignmentForEdit = OwnAssignment & {
  dueAt: string | null;
  questionKeys: string[];
  revealPolicy: "AFTER_SUBMIT" | "AFTER_RELEASE" | "NEVER";
  archived: boolean;
  started: number;
  /** Whom it is for: the groups or students chosen, and the students' own due days ("2027-01-15") by enrolment id. */
  audience: "CLASS" | "GROUPS" | "STUDENTS";
  groupIds: string[];
  enrolmentIds: string[];
  dueDates: Record<string, string>;
  /** Its class's students (enrolment ids, by name) and groups (by name, with their members), to choose from. */
  students: Array<{ id: string; name: string }>;
  groups: Array<{ id: string; name: string; members: string[] }>;
};

/**
 * The teacher's own assignment as its edit form starts from, with how many students have started,
 * whom it is for, and its class's students and groups. One statement; null if not theirs.
 */
export function getAssignmentForEdit(viewer: Viewer, requestedAssignmentId: string): Promise<AssignmentForEdit | null> {
  return ownAssignmentRow<AssignmentForEdit>(
    "assignment-for-edit",
    viewer,
    requestedAssignmentId,
    Prisma.sql`to_char(asg."dueAt", ${ISO_UTC}) AS "dueAt", asg."questionKeys", asg."revealPolicy"::text AS "revealPolicy", c."archivedAt" IS NOT NULL AS "archived",
     (SELECT count(*)::int FROM "Attempt" a WHERE a."assignmentId" = asg."id") AS "started",
     asg."audience"::text AS "audience",
     ARRAY(SELECT ag."groupId" FROM "AssignmentGroup" ag WHERE ag."assignmentId" = asg."id") AS "groupIds",
     ARRAY(SELECT ast."enrolmentId" FROM "AssignmentStudent" ast WHERE ast."assignmentId" = asg."id") AS "enrolmentIds",
     COALESCE((SELECT json_object_agg(d."enrolmentId", to_char(d."dueAt", 'YYYY-MM-DD')) FROM "DueDateOverride" d WHERE d."assignmentId" = asg."id"), '{}'::json) AS "dueDates",
     COALESCE((SELECT json_agg(json_build_object('id', en."id", 'name', en."name") ORDER BY en."nameKey") FROM "Enrolment" en WHERE en."classId" = c."id"), '[]'::json) AS "students",
     COALESCE((SELECT json_agg(json_build_object('id', g."id", 'name', g."name",
                                                 'members', ARRAY(SELECT gm."enrolmentId" FROM "GroupMember" gm WHERE gm."groupId" = g."id")) ORDER BY g."name")
                 FROM "Group" g WHERE g."classId" = c."id"), '[]'::json) AS "groups"`,
  );
}

/**
 * Why the viewer's self-study of an exercise holds its commentary back, if it does: an assignment
 * of that exercise in one of their classes that holds it back (lib/assignments/policy.ts
 * selfStudyHold). Null for a guest, who has no class.
 */
export async function getCommentaryHold(viewer: Viewer, exerciseKey: string): Promise<CommentaryHold | null> {
  if (viewer.isGuest) return null;
  const given = await db().assignment.findMany({
    where: { ...assignmentsGivenTo(viewer), exercise: { key: exerciseKey } },
    orderBy: { createdAt: "asc" },
    select: { revealPolicy: true, releasedAt: true, class: { select: { name: true } } },
  });
  const hold = selfStudyHold(given);
  return hold ? { revealPolicy: hold.revealPolicy, className: hold.class.name } : null;
}

export type AssignmentForPaper = OwnAssignment & Pick<AssignmentFields, "articleSlug" | "questionKeys"> & { joinCode: string };

/** The teacher's own assignment as its printed worksheet needs it: its article, the questions it asks and its class's join code. One statement; null if not theirs. */
export function getAssignmentForPaper(viewer: Viewer, requestedAssignmentId: string): Promise<AssignmentForPaper | null> {
  return ownAssignmentRow<AssignmentForPaper>(
    "assignment-for-paper",
    viewer,
    requestedAssignmentId,
    Prisma.sql`(SELECT art."slug" FROM "Article" art WHERE art."id" = e."articleId") AS "articleSlug", asg."questionKeys", c."joinCode"`,
  );
}

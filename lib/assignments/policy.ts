import type { Viewer } from "@/lib/auth/viewer";
import { classesOwnedBy, classesOwnedBySql, enrolmentsOf, enrolmentsOfSql, isTeacher } from "@/lib/classes/policy";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AssignmentStatus, RevealPolicy, ResultsVisibility } from "./types";

/**
 * Who may see and work on an assignment, and what a student sees of their submitted work. The
 * teacher who owns the class manages it; its students (enrolled learners) work on it while it is
 * open. Pure predicates (unit-tested), and the scopes as Prisma where-clauses and as the SQL
 * fragments of the hand-written statements (integration-tested). The SQL fragments name an
 * assignment `asg` and its class `c`, joined by the statement.
 */

/** Where-clause: assignments of classes the viewer teaches. */
export const assignmentsOwnedBy = (viewer: Viewer | null | undefined): Prisma.AssignmentWhereInput => ({ class: classesOwnedBy(viewer) });

/** What a teacher's form names: an assignment and the class it is of. Untrusted until scoped. */
export type AssignmentRef = { classId: string; assignmentId: string };

/**
 * Where-clause: the one assignment a teacher's form names, only when it is of the class the form
 * names too and the viewer teaches that class. A pair that does not go together reads as not
 * found, like a stranger's assignment.
 */
export const ownAssignment = (viewer: Viewer | null | undefined, requested: AssignmentRef): Prisma.AssignmentWhereInput => ({
  id: requested.assignmentId,
  classId: requested.classId,
  ...assignmentsOwnedBy(viewer),
});

/** ownAssignment in SQL: `asg` is the requested assignment, of the requested class `c`, which the viewer teaches. */
export const ownAssignmentSql = (viewer: Viewer | null | undefined, requested: AssignmentRef): Prisma.Sql =>
  Prisma.sql`asg."id" = ${requested.assignmentId} AND asg."classId" = ${requested.classId} AND ${classesOwnedBySql(viewer)}`;

/**
 * Copying assignments (lib/assignments/mutations.ts): from a class the viewer teaches, archived or
 * not (last year's class is where next year's work comes from), into a class they teach that still
 * takes work. Never from or into another teacher's class. The predicate, and the two where-clauses
 * a copy reads through (an archived target is found, then refused as CLASS_ARCHIVED).
 */
export const mayCopyAssignments = (
  viewer: Viewer | null | undefined,
  from: { teacherId: string },
  into: { teacherId: string; archivedAt: Date | string | null },
): boolean => isTeacher(viewer) && from.teacherId === viewer.id && into.teacherId === viewer.id && into.archivedAt === null;

/** Where-clause: the assignments of `classId`, when the viewer teaches it: what "copy all of a class's assignments" copies. */
export const copyableAssignmentsOf = (viewer: Viewer | null | undefined, classId: string): Prisma.AssignmentWhereInput => ({
  classId,
  ...assignmentsOwnedBy(viewer),
});

/** Where-clause: the class `classId`, when the viewer teaches it: where a copy comes from or goes to. */
export const ownClassForCopy = (viewer: Viewer | null | undefined, classId: string): Prisma.ClassWhereInput => ({ id: classId, ...classesOwnedBy(viewer) });

/**
 * Whom an assignment is for (its audience): every student of its class, the students of the
 * groups it names (a student in several counts once), or the students it names. A student outside
 * it does not see it, cannot open it and cannot save into it; the teacher's screens count only it.
 */
const audienceOf = (enrolment: Prisma.EnrolmentWhereInput): Prisma.AssignmentWhereInput => ({
  OR: [
    { audience: "CLASS" },
    { audience: "GROUPS", groups: { some: { group: { members: { some: { enrolment } } } } } },
    { audience: "STUDENTS", students: { some: { enrolment } } },
  ],
});

/**
 * inAudience in SQL: the enrolment `alias` (a student of the class of `asg`) is in the audience of
 * `asg`. The alias is a code constant of the statement, never input.
 */
export const inAudienceSql = (alias: string): Prisma.Sql => {
  const en = Prisma.raw(alias);
  return Prisma.sql`(asg."audience" = 'CLASS'
    OR (asg."audience" = 'GROUPS' AND EXISTS (SELECT 1 FROM "AssignmentGroup" ag JOIN "GroupMember" gm ON gm."groupId" = ag."groupId"
                                               WHERE ag."assignmentId" = asg."id" AND gm."enrolmentId" = ${en}."id"))
    OR (asg."audience" = 'STUDENTS' AND EXISTS (SELECT 1 FROM "AssignmentStudent" ast WHERE ast."assignmentId" = asg."id" AND ast."enrolmentId" = ${en}."id")))`;
};

/**
 * A student's due day in `asg`: their own (extra time, DueDateOverride) if the teacher gave one,
 * else the assignment's. SQL on the enrolment `alias`; a timestamp or NULL.
 */
export const dueAtSql = (alias: string): Prisma.Sql =>
  Prisma.sql`COALESCE((SELECT dd."dueAt" FROM "DueDateOverride" dd WHERE dd."assignmentId" = asg."id" AND dd."enrolmentId" = ${Prisma.raw(alias)}."id"), asg."dueAt")`;

/** Where-clause: assignments given to the viewer, a student of their class in their audience (nothing for a guest or nobody). */
export const assignmentsGivenTo = (viewer: Viewer | null | undefined): Prisma.AssignmentWhereInput => ({
  class: { enrolments: { some: enrolmentsOf(viewer) } },
  ...audienceOf(enrolmentsOf(viewer)),
});

/** assignmentsGivenTo in SQL: the viewer is a student of class `c`, in the audience of `asg`. */
export const assignmentsGivenToSql = (viewer: Viewer | null | undefined): Prisma.Sql =>
  Prisma.sql`EXISTS (SELECT 1 FROM "Enrolment" given WHERE given."classId" = c."id" AND ${enrolmentsOfSql(viewer, "given")} AND ${inAudienceSql("given")})`;

/**
 * The students of class `c` an assignment's teacher's screens count: its audience, and with a
 * group filter (?group=, untrusted: a group of another class matches no one) only that group's.
 * SQL on the enrolment `alias`.
 */
export const reviewedStudentsSql = (alias: string, requestedGroupId: string | null): Prisma.Sql =>
  Prisma.sql`${inAudienceSql(alias)} AND (${requestedGroupId}::text IS NULL OR EXISTS (
    SELECT 1 FROM "GroupMember" fg JOIN "Group" g ON g."id" = fg."groupId"
     WHERE fg."groupId" = ${requestedGroupId} AND g."classId" = asg."classId" AND fg."enrolmentId" = ${Prisma.raw(alias)}."id"))`;

/**
 * Open: not closed by the teacher, and its class not archived. Closed work is read, never changed.
 * Declared once, as the columns that must be empty, for the predicate and the SQL alike.
 */
const OPEN_WHEN_EMPTY = [
  { field: "closedAt", column: 'asg."closedAt"' },
  { field: "classArchivedAt", column: 'c."archivedAt"' },
] as const;

export const isAssignmentOpen = (assignment: Record<(typeof OPEN_WHEN_EMPTY)[number]["field"], Date | string | null>): boolean =>
  OPEN_WHEN_EMPTY.every(({ field }) => assignment[field] === null);

/** isAssignmentOpen in SQL, on `asg` and its class `c`. */
export const assignmentOpenSql = (): Prisma.Sql => Prisma.raw(`(${OPEN_WHEN_EMPTY.map(({ column }) => `${column} IS NULL`).join(" AND ")})`);

/**
 * The assignment `asg` asks the question `q` (a row of its exercise): ./questions.ts asksQuestion
 * in SQL, for the one-statement save (lib/answers/upsert.ts). None stored asks all of them.
 */
export const asksQuestionSql = (): Prisma.Sql => Prisma.sql`(COALESCE(cardinality(asg."questionKeys"), 0) = 0 OR q."key" = ANY(asg."questionKeys"))`;

/** Whether an assignment holds the commentary back from its students: until the teacher releases it, or for good. */
export const withholdsCommentary = (assignment: { revealPolicy: RevealPolicy; releasedAt: Date | string | null }): boolean =>
  assignment.revealPolicy === "NEVER" || (assignment.revealPolicy === "AFTER_RELEASE" && assignment.releasedAt === null);

/**
 * What the results page shows a student who submitted: the commentary, a "waiting for your
 * teacher" notice (release-later, not released yet), or only that the work was handed in.
 */
export function resultsVisibility(policy: RevealPolicy, releasedAt: Date | string | null): ResultsVisibility {
  if (!withholdsCommentary({ revealPolicy: policy, releasedAt })) return "commentary";
  return policy === "NEVER" ? "handedIn" : "waiting";
}

/** An assignment that holds the commentary back (withholdsCommentary), by what it does instead. */
type Withholding<T> = T & { revealPolicy: "AFTER_RELEASE" | "NEVER" };

/**
 * The learner's self-study of an exercise their classes were given too (`given`: those
 * assignments): the one that holds the commentary back, one that never shows it before one that
 * waits for the release, or null when none does. While one does, self-study holds it back too:
 * the article outside the assignment is the same article, and its commentary would otherwise be
 * one self-study attempt away.
 */
export function selfStudyHold<T extends { revealPolicy: RevealPolicy; releasedAt: Date | string | null }>(given: readonly T[]): Withholding<T> | null {
  const withholding = given.filter((assignment): assignment is Withholding<T> => withholdsCommentary(assignment));
  return withholding.find((assignment) => assignment.revealPolicy === "NEVER") ?? withholding[0] ?? null;
}

/**
 * What a submitted attempt's results show: an assignment's attempt, what its reveal policy
 * allows; a self-study attempt, the commentary, unless `hold` (selfStudyHold) holds it back as
 * its assignment does.
 */
export function attemptVisibility(
  attempt: { assignment: { revealPolicy: RevealPolicy; releasedAt: Date | string | null } | null },
  hold: { revealPolicy: "AFTER_RELEASE" | "NEVER" } | null,
): ResultsVisibility {
  if (attempt.assignment) return resultsVisibility(attempt.assignment.revealPolicy, attempt.assignment.releasedAt);
  return hold ? resultsVisibility(hold.revealPolicy, null) : "commentary";
}

/**
 * A student's status in an assignment, by what they can see. "Returned": the commentary is theirs
 * to read (released by the teacher). "Commented": the teacher's comments on their answers are
 * released, the commentary is not (yet). "Revising": the teacher reopened the submitted work for
 * the student to change and hand in again (lib/review/mutations.ts returnAttempt).
 */
export function assignmentStatus(input: {
  attemptStatus: "IN_PROGRESS" | "SUBMITTED" | null;
  revealPolicy: RevealPolicy;
  releasedAt: Date | string | null;
  feedbackReleased: boolean;
  returnedForRevision?: boolean;
}): AssignmentStatus {
  if (input.attemptStatus === null) return "notStarted";
  if (input.attemptStatus === "IN_PROGRESS") return input.returnedForRevision ? "revising" : "inProgress";
  if (input.revealPolicy === "AFTER_RELEASE" && input.releasedAt !== null) return "returned";
  return input.feedbackReleased ? "commented" : "submitted";
}

/**
 * What a student sees of the teacher's feedback on one answer: nothing (never released), the
 * comment and score as they stand ("current"), or an earlier version, released and edited since
 * ("earlier"). The one rule the student's pages, the progress grid and the export all apply.
 */
export type FeedbackSeen = "none" | "current" | "earlier";

export function feedbackSeen(feedback: { releasedAt: Date | string | null; status: "DRAFT" | "RELEASED" } | null): FeedbackSeen {
  if (!feedback || feedback.releasedAt === null) return "none";
  return feedback.status === "RELEASED" ? "current" : "earlier";
}

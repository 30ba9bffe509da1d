import "server-only";
import { contextOf } from "@/lib/attempts/context";
import { getOwnAttempt, openAttempt } from "@/lib/attempts/mutations";
import { inAudienceSql, isAssignmentOpen } from "@/lib/assignments/policy";
import { asksQuestion } from "@/lib/assignments/questions";
import type { Viewer } from "@/lib/auth/viewer";
import { getContent } from "@/lib/content";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { decideSave } from "./revision";
import type { SaveAnswerInput, SavedAnswer } from "./schemas";
import { resolveTarget } from "./targets";
import { saveIntoOpenAttempt } from "./upsert";
import type { AnswerValue } from "@/lib/question-types/registry";

type Target = { attemptId: string; questionId: string; questionKey: string; questionHash: string };

/**
 * Saves one answer for the viewer: checks the question and the value against content/, finds or
 * opens the attempt in the context the save names (self-study, or an assignment given to the
 * viewer's class and still open), then applies the revision rule (./revision.ts). Throws AppError
 * for anything the learner can fix; the route handler turns it into a localised 4xx.
 *
 * The viewer is asked for only once the request is known to be valid, so that bad input never
 * creates a guest account. A save into an open attempt is one SQL statement (./upsert.ts).
 */
export async function saveAnswer(input: SaveAnswerInput, resolveViewer: (options: { live: boolean }) => Promise<Viewer>): Promise<SavedAnswer> {
  const { exerciseKey, value } = resolveTarget(await getContent(), input);
  // The fast path trusts the session's signed copy and checks the session in its own statement;
  // the full path asks for it checked first (./upsert.ts, lib/auth/live-session.ts).
  let viewerOnce: Promise<Viewer> | undefined;
  const getViewer = () => (viewerOnce ??= resolveViewer({ live: true }));
  const context = contextOf(input.assignmentId);
  if (input.attemptId) {
    const saved = await saveIntoOpenAttempt(await resolveViewer({ live: false }), exerciseKey, { ...input, attemptId: input.attemptId }, context, value);
    if (saved) return saved;
  }
  // A first save (the attempt is opened), or one the single statement did not write: the full
  // path below finds out why (duplicate, stale, submitted, closed, not found) and answers accordingly.
  const row = await db().question.findFirst({
    where: { key: input.question, retiredAt: null, exercise: { key: exerciseKey } },
    select: { id: true, exerciseId: true, contentHash: true },
  });
  if (!row) throw new AppError("UNKNOWN_QUESTION");
  const viewer = await getViewer();
  const attempt = input.attemptId
    ? await getOwnAttempt(viewer, input.attemptId, row.exerciseId, context)
    : await openAttempt(viewer, row.exerciseId, context, input.question);

  const target = { attemptId: attempt.id, questionId: row.id, questionKey: input.question, questionHash: row.contentHash };
  for (let tries = 0; tries < 3; tries += 1) {
    const saved = await writeOnce(target, value, input);
    if (saved) return saved;
  }
  throw new AppError("INTERNAL", {}, "Answer save lost three races in a row");
}

/** One pass of the revision rule; null when a concurrent writer won and the pass must be redone. */
async function writeOnce(target: Target, value: AnswerValue, input: SaveAnswerInput): Promise<SavedAnswer | null> {
  return db().$transaction(async (tx) => {
    // A share lock: saves run side by side, but none lands after the attempt is submitted.
    const [attempt] = await tx.$queryRaw<
      Array<{ status: string; closedAt: Date | null; archivedAt: Date | null; questionKeys: string[] | null; inAudience: boolean | null }>
    >`
      SELECT a."status", asg."closedAt", c."archivedAt", asg."questionKeys",
             EXISTS (SELECT 1 FROM "Enrolment" me WHERE me."classId" = c."id" AND me."userId" = a."userId" AND ${inAudienceSql("me")}) AS "inAudience"
        FROM "Attempt" a
        LEFT JOIN "Assignment" asg ON asg."id" = a."assignmentId"
        LEFT JOIN "Class" c ON c."id" = asg."classId"
       WHERE a."id" = ${target.attemptId} FOR SHARE OF a`;
    if (attempt?.questionKeys && !attempt.inAudience) throw new AppError("ASSIGNMENT_NOT_FOUND");
    if (attempt?.status !== "IN_PROGRESS") throw new AppError("ATTEMPT_SUBMITTED");
    if (!isAssignmentOpen({ closedAt: attempt.closedAt, classArchivedAt: attempt.archivedAt })) throw new AppError("ASSIGNMENT_CLOSED");
    if (attempt.questionKeys && !asksQuestion({ questionKeys: attempt.questionKeys }, target.questionKey)) throw new AppError("QUESTION_NOT_ASSIGNED");

    const key = { attemptId_questionId: { attemptId: target.attemptId, questionId: target.questionId } };
    const stored = await tx.answer.findUnique({
      where: key,
      select: { id: true, revision: true, lastSaveId: true, value: true, updatedAt: true },
    });
    const result = (revision: number, savedAt: Date, duplicate = false): SavedAnswer => ({
      attemptId: target.attemptId,
      revision,
      savedAt: savedAt.toISOString(),
      duplicate,
    });

    switch (decideSave(stored, input)) {
      case "duplicate":
        return result(stored!.revision, stored!.updatedAt, true);
      case "stale":
        throw new AppError("STALE_REVISION", {
          current: { value: stored!.value, revision: stored!.revision, savedAt: stored!.updatedAt.toISOString(), attemptId: target.attemptId },
        });
      case "create": {
        // ON CONFLICT DO NOTHING: a concurrent first save makes this a no-op, and the pass is redone.
        const now = new Date();
        const { count } = await tx.answer.createMany({
          data: [
            {
              attemptId: target.attemptId,
              questionId: target.questionId,
              questionHash: target.questionHash,
              value,
              revision: 1,
              lastSaveId: input.saveId,
              createdAt: now,
              updatedAt: now,
            },
          ],
          skipDuplicates: true,
        });
        return count === 1 ? result(1, now) : null;
      }
      case "update": {
        const now = new Date();
        const { count } = await tx.answer.updateMany({
          where: { id: stored!.id, revision: stored!.revision },
          data: { value, revision: stored!.revision + 1, lastSaveId: input.saveId, questionHash: target.questionHash, updatedAt: now },
        });
        return count === 1 ? result(stored!.revision + 1, now) : null;
      }
    }
  });
}

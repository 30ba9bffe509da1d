import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { SELF_STUDY_SCOPE } from "@/lib/exercises/keys";
import { Prisma } from "@/lib/generated/prisma/client";

type AttemptRef = { id: string; status: "IN_PROGRESS" | "SUBMITTED" };

/**
 * The viewer's self-study attempt in progress on an exercise, opened if there is none. Two tabs
 * opening one at once collide on the unique (user, exercise, scope, number) key; the loser reads
 * the winner's row.
 */
export async function openSelfStudyAttempt(viewer: Viewer, exerciseId: string): Promise<AttemptRef> {
  const where = { userId: viewer.id, exerciseId, scope: SELF_STUDY_SCOPE };
  for (let tries = 0; tries < 3; tries += 1) {
    const latest = await db().attempt.findFirst({
      where,
      orderBy: { number: "desc" },
      select: { id: true, status: true, number: true },
    });
    if (latest?.status === "IN_PROGRESS") return latest;
    try {
      return await db().attempt.create({
        data: { ...where, number: (latest?.number ?? 0) + 1 },
        select: { id: true, status: true },
      });
    } catch (error) {
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    }
  }
  throw new AppError("INTERNAL", {}, "Could not open an attempt after three collisions");
}

/** An attempt of the viewer's, by id; another learner's attempt reads as not found. */
export async function getOwnAttempt(viewer: Viewer, requestedAttemptId: string, exerciseId: string): Promise<AttemptRef> {
  const attempt = await db().attempt.findFirst({
    where: { id: requestedAttemptId, userId: viewer.id, exerciseId },
    select: { id: true, status: true },
  });
  if (!attempt) throw new AppError("ATTEMPT_NOT_FOUND");
  return attempt;
}

/**
 * Submits one of the viewer's attempts: it becomes read-only. Takes the row lock that saves share,
 * so no save lands after it. Submitting twice is harmless.
 */
export async function submitAttempt(viewer: Viewer, requestedAttemptId: string): Promise<{ id: string; number: number }> {
  return db().$transaction(async (tx) => {
    const [attempt] = await tx.$queryRaw<Array<{ id: string; number: number; status: string }>>`
      SELECT "id", "number", "status" FROM "Attempt" WHERE "id" = ${requestedAttemptId} AND "userId" = ${viewer.id} FOR UPDATE`;
    if (!attempt) throw new AppError("ATTEMPT_NOT_FOUND");
    if (attempt.status !== "SUBMITTED") {
      await tx.attempt.update({ where: { id: attempt.id }, data: { status: "SUBMITTED", submittedAt: new Date() } });
    }
    return { id: attempt.id, number: attempt.number };
  });
}

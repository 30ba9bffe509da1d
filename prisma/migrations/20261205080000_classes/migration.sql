-- Classes, students without e-mail, assignments with a reveal policy (issue 12).
-- Enrolment had no rows before this migration (nothing created them), so its new columns need no default.

-- CreateEnum
CREATE TYPE "RevealPolicy" AS ENUM ('AFTER_SUBMIT', 'AFTER_RELEASE', 'NEVER');

-- AlterTable
ALTER TABLE "Class" ADD COLUMN "joiningOpen" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "Enrolment" ADD COLUMN "name" TEXT NOT NULL,
ADD COLUMN "nameKey" TEXT NOT NULL;

-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN "revealPolicy" "RevealPolicy" NOT NULL DEFAULT 'AFTER_SUBMIT',
ADD COLUMN "releasedAt" TIMESTAMP(3);

-- CreateIndex
CREATE UNIQUE INDEX "Enrolment_classId_nameKey_key" ON "Enrolment"("classId", "nameKey");

-- An attempt's scope is its assignment, or "self" for self-study: the save's hot path reads scope
-- alone (lib/answers/upsert.ts), so the two must never disagree.
ALTER TABLE "Attempt" ADD CONSTRAINT "Attempt_scope_matches_assignment" CHECK ("scope" = COALESCE("assignmentId", 'self'));

-- One attempt per learner and assignment: with the unique (user, exercise, scope, number) key,
-- number 1 is the only one an assignment may have.
ALTER TABLE "Attempt" ADD CONSTRAINT "Attempt_one_per_assignment" CHECK ("assignmentId" IS NULL OR "number" = 1);

-- Returning work for revision (issue 21): the teacher's message to the student, shown in the reader
-- with the released comments until the work is handed in again.

-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN "returnMessage" TEXT;

-- An assignment asks a subset of its article's questions (their keys; empty: all of them).

-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN "questionKeys" TEXT[] DEFAULT ARRAY[]::TEXT[];

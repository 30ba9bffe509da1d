-- Sessions that end when they should (issue 22): a teacher's session ends after 12 hours without
-- a request, so each session records its last request (written at most once a minute).

-- AlterTable
ALTER TABLE "Session" ADD COLUMN "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- Teacher review (issue 13): feedback drafts autosaved with revisions, a released copy the learner
-- reads, attempts returned for revision, and each teacher's comment bank.

-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN "returnedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Feedback" ADD COLUMN "revision" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "lastSaveId" TEXT,
ADD COLUMN "releasedComment" TEXT,
ADD COLUMN "releasedScore" INTEGER;

-- CreateTable
CREATE TABLE "CommentBankEntry" (
    "id" TEXT NOT NULL,
    "teacherId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "uses" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CommentBankEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CommentBankEntry_teacherId_text_key" ON "CommentBankEntry"("teacherId", "text");

-- AddForeignKey
ALTER TABLE "CommentBankEntry" ADD CONSTRAINT "CommentBankEntry_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

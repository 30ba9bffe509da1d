-- The app's own limits on joining and signing in (issue 22): code guessing and account creation
-- per client address and per class, and a growing delay after failed sign-ins per account.

-- CreateTable
CREATE TABLE "Throttle" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "lastAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Throttle_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "Throttle_lastAt_idx" ON "Throttle"("lastAt");

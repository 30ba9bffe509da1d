-- Lateral reading (issue 27): a question that sends the learner off the page and keeps the trail.

-- AlterEnum
ALTER TYPE "QuestionType" ADD VALUE 'LATERAL';

-- A question type: for each claim card, the probability that the record supports the claim, before and after reading it.

-- AlterEnum
ALTER TYPE "QuestionType" ADD VALUE 'CALIBRATION';

import type { Question } from "@/lib/content/schemas";
import type { CalibrationValue } from "./calibration-value";
import { defineQuestionType } from "./definition";

export type { CalibrationValue } from "./calibration-value";

/**
 * Calibration: for each claim card the question covers, the learner states how likely it is (0 to
 * 100 %) that the record supports the claim, before opening the card and again after. Scored in
 * lib/scoring/calibration.ts against lib/claims/outcome.ts.
 */
export type CalibrationQuestion = Extract<Question, { type: "calibration" }>;

export const PERCENT_STEPS = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100] as const;

const inRange = (percent: number | null) => percent === null || (percent >= 0 && percent <= 100);

export const calibrationType = defineQuestionType<CalibrationQuestion, CalibrationValue>({
  kind: "calibration",
  empty: { estimates: {} },
  answered: {
    field: "estimates",
    test: (estimates) =>
      typeof estimates === "object" &&
      estimates !== null &&
      Object.values(estimates).some((estimate) => typeof (estimate as { before?: unknown } | null)?.before === "number"),
    sql: (v) => `jsonb_path_exists(${v}, '$.estimates.*.before ? (@.type() == "number")')`,
  },
  limits: () => ({}),
  /** The question's claims only, whole percentages from 0 to 100, and an estimate after reading only once one was given before. */
  check: (question, value) => {
    for (const [claim, { before, after }] of Object.entries(value.estimates)) {
      if (!question.claims.includes(claim) || !inRange(before) || !inRange(after)) return { code: "INVALID_INPUT" };
      if (after !== null && before === null) return { code: "ESTIMATE_BEFORE_FIRST" };
    }
    return null;
  },
  view: (question, value) => ({
    as: "estimates",
    estimates: question.claims.flatMap((claim) => {
      const estimate = value.estimates[claim];
      return estimate ? [{ claim, ...estimate }] : [];
    }),
  }),
});

import { z } from "zod";

/** A whole percentage, or not given yet (its range is checked with the question: lib/question-types/calibration.ts). */
const percent = z.number().int().nullable();

/** Per claim card (by id): the probability, in percent, that the record supports the claim, before reading it and after. */
export const calibrationValueSchema = z.strictObject({
  estimates: z.record(z.string(), z.strictObject({ before: percent, after: percent })),
});
export type CalibrationValue = z.infer<typeof calibrationValueSchema>;

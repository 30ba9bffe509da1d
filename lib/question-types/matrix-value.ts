import { z } from "zod";

/** Per article, per narrative, whether the text uses it and a passage that shows it. */
export const matrixValueSchema = z.strictObject({
  cells: z.record(z.string(), z.record(z.string(), z.strictObject({ uses: z.boolean(), passage: z.string().optional() }))),
});
export type MatrixValue = z.infer<typeof matrixValueSchema>;

import { z } from "zod";

export const scaleValueSchema = z.strictObject({ value: z.number().int().nullable() });
export type ScaleValue = z.infer<typeof scaleValueSchema>;

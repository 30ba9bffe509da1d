import { z } from "zod";
import { highlightSchema } from "./passage-value";

export const evidenceValueSchema = z.strictObject({ highlights: z.array(highlightSchema) });
export type EvidenceValue = z.infer<typeof evidenceValueSchema>;

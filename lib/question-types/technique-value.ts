import { z } from "zod";
import { TECHNIQUE_IDS } from "@/lib/content/schemas";
import { highlightSchema } from "./passage-value";

export const techniqueValueSchema = z.strictObject({
  tags: z.array(highlightSchema.extend({ technique: z.enum(TECHNIQUE_IDS) })),
});
export type TechniqueValue = z.infer<typeof techniqueValueSchema>;
export type TaggedPassage = TechniqueValue["tags"][number];

import { z } from "zod";

/**
 * A passage of the article: character offsets into one block's verbatim text, and its words. The
 * technique exercise's control excerpts (x1, x2, …: lib/content/controls.ts) are blocks too; only
 * that question accepts them (./passage.ts).
 */
export const highlightSchema = z.strictObject({
  block: z.string().regex(/^(title|p\d+|x\d+)$/),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  quote: z.string().min(1),
});
export type Highlight = z.infer<typeof highlightSchema>;

import { z } from "zod";

/** A passage of the article: character offsets into one block's verbatim text, and its words. */
export const highlightSchema = z.strictObject({
  block: z.string().regex(/^(title|p\d+)$/),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  quote: z.string().min(1),
});
export type Highlight = z.infer<typeof highlightSchema>;

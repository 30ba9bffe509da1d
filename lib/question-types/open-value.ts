import { z } from "zod";

export const openValueSchema = z.strictObject({ text: z.string() });
export type OpenValue = z.infer<typeof openValueSchema>;

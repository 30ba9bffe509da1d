import { z } from "zod";

const other = z.string().optional();
export const singleValueSchema = z.strictObject({ choice: z.string().nullable(), other });
export const multipleValueSchema = z.strictObject({ choices: z.array(z.string()), other });
export type SingleValue = z.infer<typeof singleValueSchema>;
export type MultipleValue = z.infer<typeof multipleValueSchema>;

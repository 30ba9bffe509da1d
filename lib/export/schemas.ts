import { z } from "zod";
import { LOCALES } from "@/lib/config";
import { CSV_SEPARATORS, type CsvSeparator } from "./csv";

/**
 * The export's options, from the export page's plain form (a GET, so the download is a link that
 * works without JavaScript) or a bookmarked address. Anything missing takes its default; anything
 * unknown is INVALID_INPUT.
 */
export const exportOptionsSchema = z.object({
  sep: z.enum(Object.keys(CSV_SEPARATORS) as [CsvSeparator, ...CsvSeparator[]]).default("comma"),
  pseudonymised: z
    .enum(["0", "1"])
    .default("0")
    .transform((value) => value === "1"),
  /** The language of the prompts, labels and column names; the request's language by default. */
  locale: z.enum(LOCALES).optional(),
});
export type ExportOptions = z.output<typeof exportOptionsSchema>;

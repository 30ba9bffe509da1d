import type { z } from "zod";

/** One problem in one content file, precise enough to fix without reading the loader. */
export type ContentIssue = { file: string; field: string; message: string };

export class ContentError extends Error {
  override name = "ContentError";
  constructor(readonly issues: ContentIssue[]) {
    super(`${issues.length} content error(s):\n${issues.map(formatIssue).join("\n")}`);
  }
}

export const formatIssue = (issue: ContentIssue) =>
  `  ${issue.file}${issue.field ? ` → ${issue.field}` : ""}: ${issue.message}`;

/** zod's path ["questions", 2, "en", "prompt"] becomes "questions[2].en.prompt". */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === "number" ? `[${part}]` : `${index === 0 ? "" : "."}${String(part)}`,
    )
    .join("");
}

export function zodIssues(file: string, error: z.ZodError): ContentIssue[] {
  return error.issues.map((issue) => ({ file, field: fieldPath(issue.path), message: issue.message }));
}

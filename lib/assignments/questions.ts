import type { Content } from "@/lib/content";
import type { AssignmentFields } from "./types";

/**
 * The questions an assignment asks, by key, in the order its students meet them: for now every
 * question of its article (the reading method's order); none for the comparison exercise, which
 * is one matrix, not a question set. The one place that says so: the printed worksheet reads it.
 */
export function questionKeysOf(assignment: Pick<AssignmentFields, "articleSlug">, content: Content): string[] {
  if (assignment.articleSlug === null) return [];
  return (content.questionSets[assignment.articleSlug]?.questions ?? []).map((question) => question.key);
}

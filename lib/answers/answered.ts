/**
 * Whether a stored answer counts as answered, for progress and "resume where you left off".
 * Kept apart from ./values.ts so that client components can use it without bundling zod.
 */
export function isAnswered(value: unknown): boolean {
  if (!value || typeof value !== "object") return false;
  if ("text" in value) return typeof value.text === "string" && value.text.trim().length > 0;
  if ("choice" in value) return value.choice !== null;
  if ("choices" in value) return Array.isArray(value.choices) && value.choices.length > 0;
  if ("value" in value) return value.value !== null;
  if ("highlights" in value) return Array.isArray(value.highlights) && value.highlights.length > 0;
  if ("tags" in value) return Array.isArray(value.tags) && value.tags.length > 0;
  if ("cells" in value && value.cells && typeof value.cells === "object") {
    return Object.values(value.cells as Record<string, Record<string, { uses?: boolean }>>).some((row) => Object.values(row).some((cell) => cell.uses === true));
  }
  return false;
}

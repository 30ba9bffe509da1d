/**
 * Text PostgreSQL can store. Its text and jsonb types refuse U+0000, and jsonb refuses a lone
 * UTF-16 surrogate (JSON.stringify writes one as "\ud800"): sent on to a query, either fails
 * the statement and the request ends in a 500. Checked where requests are parsed, so such input
 * is refused like any other invalid input, and nothing reaches the database.
 */
export function isStorable(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return !value.includes("\u0000") && value.isWellFormed();
  // Deeper than any value the app takes, and than a recursive check should follow.
  if (depth > 256) return false;
  if (Array.isArray(value)) return value.every((item) => isStorable(item, depth + 1));
  if (value && typeof value === "object") return Object.entries(value).every(([key, item]) => isStorable(key) && isStorable(item, depth + 1));
  return true;
}

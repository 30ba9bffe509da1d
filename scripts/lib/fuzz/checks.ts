import type pg from "pg";
import { ERROR_STATUS } from "@/lib/errors";
import { frenchTypography } from "@/lib/format/typography";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { jsonOf, type FuzzResponse } from "./http";

/** What the fuzzer holds every response to, and how it sees that nothing was written. */

const catalogues: Record<"fr" | "en", Record<string, string>> = { fr: fr.errors.codes, en: en.errors.codes };

/** The catalogue's message for `code` as the app renders it: placeholders ({max, number}) match any text. */
function expectedMessage(locale: "fr" | "en", code: string): RegExp | null {
  const template = catalogues[locale][code];
  if (template === undefined) return null;
  const typeset = locale === "fr" ? frenchTypography(template) : template;
  const pattern = typeset
    .split(/\{[^}]*\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join(".+");
  return new RegExp(`^${pattern}$`);
}

/** A 4xx from one of our endpoints: JSON with a known code, its status, and the catalogue's message in a language the request asked for. */
export function ownErrorProblems(response: FuzzResponse, locales: ReadonlyArray<"fr" | "en">): string[] {
  const body = jsonOf(response);
  if (!body) return [`${response.status} without a JSON body: ${response.text.slice(0, 120)}`];
  const code = body.code;
  if (typeof code !== "string" || !(code in ERROR_STATUS)) return [`${response.status} without a known code: ${response.text.slice(0, 120)}`];
  const problems: string[] = [];
  if (ERROR_STATUS[code as keyof typeof ERROR_STATUS] !== response.status) problems.push(`${code} answered ${response.status}`);
  const message = body.message;
  const localised = locales.some((locale) => typeof message === "string" && expectedMessage(locale, code)?.test(message));
  if (!localised) problems.push(`${code}: message not the ${locales.join(" or ")} catalogue's: ${String(message)}`);
  return problems;
}

/** A 4xx from better-auth's own endpoints: they have their own codes; a JSON body is what is asked of them. */
export function foreignErrorProblems(response: FuzzResponse): string[] {
  return response.text === "" || jsonOf(response) ? [] : [`${response.status} from better-auth without a JSON body: ${response.text.slice(0, 120)}`];
}

/**
 * A server action's result in Next's RSC payload (row 1 of a fetch action's answer):
 * `{ ok: false, code }` is how our actions refuse; the page turns the code into its message.
 */
export function actionResult(response: FuzzResponse): { ok?: unknown; code?: unknown } | undefined {
  const row = flightRows(response.text).get("1");
  if (!row?.startsWith("{")) return undefined;
  try {
    return JSON.parse(row) as { ok?: unknown; code?: unknown };
  } catch {
    return undefined;
  }
}

/**
 * The rows of an RSC payload by id. Most rows are `<id>:<json>\n`; a text row is
 * `<id>:T<byte length in hex>,<text>` with no line break after it (a long string the result
 * holds, such as a field typed back to the form), so rows are read by length, not by line.
 */
function flightRows(text: string): Map<string, string> {
  const bytes = Buffer.from(text, "utf8");
  const rows = new Map<string, string>();
  let at = 0;
  while (at < bytes.length) {
    const colon = bytes.indexOf(0x3a, at);
    if (colon < 0) break;
    const id = bytes.toString("latin1", at, colon);
    if (bytes[colon + 1] === 0x54 /* T */) {
      const comma = bytes.indexOf(0x2c, colon);
      const length = parseInt(bytes.toString("latin1", colon + 2, comma), 16);
      if (comma < 0 || Number.isNaN(length)) break;
      rows.set(id, bytes.toString("utf8", comma + 1, comma + 1 + length));
      at = comma + 1 + length;
    } else {
      const end = bytes.indexOf(0x0a, colon);
      rows.set(id, bytes.toString("utf8", colon + 1, end < 0 ? bytes.length : end));
      at = end < 0 ? bytes.length : end + 1;
    }
  }
  return rows;
}

export function actionRefusalProblems(result: { code?: unknown }): string[] {
  const code = result.code;
  if (typeof code !== "string" || !(code in ERROR_STATUS)) return [`action refused without a known code: ${JSON.stringify(result)}`];
  return (["fr", "en"] as const).filter((locale) => !catalogues[locale][code]).map((locale) => `${code} has no ${locale} message`);
}

/**
 * Columns any signed-in request may write, refused or not: a teacher's session notes when it was
 * last used (at most once a minute, for the idle limit: lib/auth/live-session.ts).
 */
const BOOKKEEPING: Readonly<Record<string, readonly string[]>> = { Session: ["lastSeenAt"] };

/**
 * A fingerprint of every row of the given tables: a rejected request must leave it unchanged.
 * Tables are named by the endpoint registry, so a new domain's tables join in one word.
 */
export async function fingerprint(client: pg.Client, tables: readonly string[]): Promise<Record<string, string>> {
  const row = (table: string) =>
    BOOKKEEPING[table] ? `(to_jsonb(t) - ARRAY[${BOOKKEEPING[table].map((column) => `'${column}'`).join(", ")}])::text` : "t::text";
  const parts = tables.map(
    // Ordered by the row itself: join tables (GroupMember, AssignmentGroup…) have no id of their own.
    (table) => `(SELECT count(*) || ':' || coalesce(md5(string_agg(${row(table)}, '|' ORDER BY ${row(table)})), '') FROM "${table}" t) AS "${table}"`,
  );
  const { rows } = await client.query<Record<string, string>>(`SELECT ${parts.join(", ")}`);
  return rows[0]!;
}

export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys(before).filter((table) => before[table] !== after[table]);
}

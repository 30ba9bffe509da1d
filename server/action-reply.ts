import { isStorable } from "../lib/http/storable";

/**
 * Whether a server action's arguments are well formed, checked before Next.js decodes them: Next
 * answers 500 to any argument React's decoder cannot read (malformed JSON, a root that is not an
 * argument list, a reference to a part the request does not have), as if the action had failed.
 * A client mistake must get a 4xx instead, and only Next's own client produces these bodies.
 *
 * React encodes the arguments as JSON (text/plain), or as multipart/form-data when they include
 * FormData or values it outlines: part "0" is the argument list, a part named in hex is an
 * outlined value, a part "<id>_<name>" an entry of FormData <id>. Strings that begin with "$"
 * are React's tags. Accepted: plain JSON values, the tags a plain value can take inline (escaped
 * "$$…", undefined, NaN, ±Infinity, -0, Dates, BigInts), FormData ("$K<id>") and outlined values
 * ("$<id>") whose part is present. Anything else (Maps, Sets, files, streams, server
 * references as arguments) is refused: no action of this app takes them. An action that needs
 * one must be allowed here first, with a case in tests/unit/server/action-reply.test.ts. Text
 * PostgreSQL cannot store (../lib/http/storable.ts) is refused here too, for every action.
 */

const INLINE_TAG = /^\$(?:\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D.|n-?\d+$)/;
const REFERENCE = /^\$(K)?([0-9a-f]+)$/;
const MAX_DEPTH = 64;

type Parts = ReadonlyMap<string, string>;

function parse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** Every "$" string of `value` (and of the parts it refers to) is one this app accepts. */
function wellFormed(value: unknown, parts: Parts, seen: Set<string>, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  if (typeof value === "string") {
    if (!isStorable(value)) return false;
    if (!value.startsWith("$") || INLINE_TAG.test(value)) return true;
    const reference = REFERENCE.exec(value);
    if (!reference) return false;
    const [, kind, id] = reference;
    if (kind === "K") return true; // FormData: its entries are plain strings (an empty one has none)
    return wellFormedPart(id!, parts, seen, depth + 1);
  }
  if (Array.isArray(value)) return value.every((item) => wellFormed(item, parts, seen, depth + 1));
  if (value && typeof value === "object") return Object.values(value).every((item) => wellFormed(item, parts, seen, depth + 1));
  return true;
}

function wellFormedPart(id: string, parts: Parts, seen: Set<string>, depth: number): boolean {
  if (seen.has(id)) return true; // the same value referred to twice
  const text = parts.get(id);
  if (text === undefined) return false;
  seen.add(id);
  const parsed = parse(text);
  return parsed.ok && wellFormed(parsed.value, parts, seen, depth);
}

/** A text/plain body: the argument list as JSON. */
export function isWellFormedTextReply(body: string): boolean {
  const parsed = parse(body);
  return parsed.ok && Array.isArray(parsed.value) && wellFormed(parsed.value, new Map(), new Set(), 0);
}

/** A multipart body's text fields, by name: part "0" must be the argument list. */
export function isWellFormedMultipartReply(fields: Parts): boolean {
  const root = fields.get("0");
  if (root === undefined || ![...fields].every(([name, value]) => isStorable(name) && isStorable(value))) return false;
  const parsed = parse(root);
  return parsed.ok && Array.isArray(parsed.value) && wellFormed(parsed.value, fields, new Set(["0"]), 0);
}

import { isStorable } from "../lib/http/storable";

/**
 * Whether a server action's arguments are well formed, checked before Next.js decodes them: Next
 * answers 500 to any argument React's decoder cannot read (malformed JSON, a root that is not an
 * argument list, a reference to a part the request does not have), as if the action had failed.
 * A client mistake must get a 4xx instead, and only Next's own client produces these bodies.
 *
 * React encodes the arguments as JSON (text/plain), or as multipart/form-data when they include
 * FormData or values it outlines: part "0" is the argument list, a part named in hex is an
 * outlined value, a part "_<id>_<name>" an entry of FormData <id>. Strings that begin with "$"
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
/** A multipart body's fields in order, a name repeated as often as it was sent (a list of checkboxes). */
type Entries = ReadonlyArray<readonly [string, string]>;

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

/** A fetch action's multipart body's text fields, by name: part "0" must be the argument list. */
export function isWellFormedMultipartReply(entries: Entries): boolean {
  const fields: Parts = new Map(entries);
  const root = fields.get("0");
  if (root === undefined || !entries.every(([name, value]) => isStorable(name) && isStorable(value))) return false;
  const parsed = parse(root);
  return parsed.ok && Array.isArray(parsed.value) && wellFormed(parsed.value, fields, new Set(["0"]), 0);
}

/**
 * A form posted without JavaScript (no Next-Action header; Next.js then decodes the action from
 * the fields, and answers 500 to a descriptor it cannot read). React names the action in the
 * form: "$ACTION_ID_<id>" for a plain form action; for a useActionState form, "$ACTION_REF_<n>"
 * with the descriptor '{"id":…,"bound":"$@<hex>"}' in "$ACTION_<n>:0" and the bound arguments in
 * "$ACTION_<n>:<hex>". Accepted: one or two such actions (a form's and its button's), all known,
 * each "$ACTION_" field once; the form's own fields are any storable text.
 */
export function isWellFormedFormPost(entries: Entries, actionIds: ReadonlySet<string>): boolean {
  if (!entries.every(([name, value]) => isStorable(name) && isStorable(value))) return false;
  const reactFields = entries.map(([name]) => name).filter((name) => name.startsWith("$ACTION_"));
  if (new Set(reactFields).size !== reactFields.length) return false;
  const fields = new Map(entries);
  const actions = reactFields.filter((name) => name.startsWith("$ACTION_ID_") || name.startsWith("$ACTION_REF_"));
  if (actions.length === 0 || actions.length > 2) return false;
  return actions.every((name) => (name.startsWith("$ACTION_ID_") ? actionIds.has(name.slice("$ACTION_ID_".length)) : isWellFormedBoundAction(fields, name.slice("$ACTION_REF_".length), actionIds)));
}

const DESCRIPTOR_START = '{"id":"';
const BOUND = /^\$@([0-9a-f]+)$/;

function isWellFormedBoundAction(fields: Parts, ref: string, actionIds: ReadonlySet<string>): boolean {
  const prefix = `$ACTION_${ref}:`;
  const parts: Parts = new Map([...fields].filter(([name]) => name.startsWith(prefix)).map(([name, value]) => [name.slice(prefix.length), value]));
  const descriptor = parts.get("0") ?? "";
  const parsed = descriptor.startsWith(DESCRIPTOR_START) ? parse(descriptor) : { ok: false as const };
  if (!parsed.ok || !parsed.value || typeof parsed.value !== "object") return false;
  const { id, bound } = parsed.value as { id?: unknown; bound?: unknown };
  if (typeof id !== "string" || !actionIds.has(id)) return false;
  if (bound === null) return true;
  const part = typeof bound === "string" ? BOUND.exec(bound)?.[1] : undefined;
  const list = part === undefined ? { ok: false as const } : parse(parts.get(part) ?? "");
  return list.ok && Array.isArray(list.value) && wellFormed(list.value, parts, new Set(["0", part!]), 0);
}

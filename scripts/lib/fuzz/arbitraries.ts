import fc from "fast-check";

/**
 * Hostile values any endpoint should survive, to compose into an endpoint's invalid requests
 * (./endpoints.ts). Generators only: what an endpoint answers is checked in ./checks.ts.
 */

/** Strings that break naive code or storage: NUL (PostgreSQL text refuses it), lone surrogates, BOM, bidi overrides, combining marks, emoji. */
export const edgeString = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "a\u0000b",
    "\ud800",
    "\udfff",
    "x\ud83d",
    "\ufeff",
    "\u202e",
    "e\u0301",
    "👩‍👩‍👧",
    "\uffff",
    "\u2028",
    "null",
    "undefined",
    "0",
    "-1",
    "[]",
    "{}",
    "__proto__",
    "constructor",
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "javascript:alert(1)",
    "../../etc/passwd",
    "%00",
    "$1",
    "$$",
    "$undefined",
  ),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: fc.constantFrom("\u0000", "\ud800", "é", "a"), maxLength: 20 }),
  fc.integer({ min: 1_000, max: 60_000 }).map((length) => "é".repeat(length)),
);

/** Any JSON-ish value, including values of the wrong type for any field. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { depthSize: "small" },
  edgeString,
  fc.constantFrom(null, true, false, 0, -0, -1, 1.5, 2 ** 53, -(2 ** 63), Number.MAX_VALUE),
  fc.integer(),
  fc.double(),
  fc.array(edgeString, { maxLength: 5 }),
  fc.jsonValue({ maxDepth: 4 }),
  fc.dictionary(edgeString, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 }),
);

/** JSON text nested deeper than any parser's comfort, still under an endpoint's body limit. */
export const deeplyNested = fc
  .integer({ min: 1_000, max: 20_000 })
  .chain((depth) => fc.constantFrom(`${"[".repeat(depth)}${"]".repeat(depth)}`, `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`, "[".repeat(depth)));

/** Byte sequences that are not UTF-8: a stray continuation, overlong "/", an encoded surrogate, past U+10FFFF, a cut sequence. */
const invalidUtf8 = fc.constantFrom([0xff], [0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xc3], [0xe2, 0x82]);

/** `text` with invalid UTF-8 spliced in at some position. */
export function withInvalidUtf8(text: string): fc.Arbitrary<Buffer> {
  return fc.tuple(invalidUtf8, fc.nat({ max: Math.max(0, text.length) })).map(([bytes, at]) => {
    const source = Buffer.from(text, "utf8");
    const cut = Math.min(at, source.length);
    return Buffer.concat([source.subarray(0, cut), Buffer.from(bytes), source.subarray(cut)]);
  });
}

/** `text` cut short, as by a dropped connection or a buggy client. */
export const truncated = (text: string) => fc.nat({ max: Math.max(0, text.length - 1) }).map((length) => text.slice(0, length));

/** Content types a JSON endpoint must refuse or cope with. */
export const contentType = fc.constantFrom(
  undefined,
  "",
  "text/plain",
  "text/plain;charset=UTF-8",
  "application/x-www-form-urlencoded",
  "multipart/form-data",
  "multipart/form-data; boundary=----x",
  "application/xml",
  "application/json; charset=utf-16",
  "application/json, text/html",
  "APPLICATION/JSON",
  "application/jsonx",
  "image/png",
  ";;;",
);

/** An object with one field removed, changed to a hostile value, or an unexpected one added. */
export function mutated(valid: Record<string, unknown>): fc.Arbitrary<{ body: Record<string, unknown>; label: string }> {
  const keys = Object.keys(valid);
  return fc.oneof(
    fc.constantFrom(...keys).map((key) => {
      const body = { ...valid };
      delete body[key];
      return { body, label: `missing ${key}` };
    }),
    fc.tuple(fc.constantFrom(...keys), anyValue).map(([key, value]) => ({ body: { ...valid, [key]: value }, label: `${key} of a wrong type or value` })),
    fc.tuple(edgeString, anyValue).map(([key, value]) => ({ body: { ...valid, [key === "" ? "extra" : key]: value }, label: "an extra field" })),
    // JSON.parse makes "__proto__" an own field, as a server parsing the body would see it.
    fc.constant({ body: { ...valid, ...(JSON.parse('{"__proto__": {"polluted": true}}') as object) }, label: "a __proto__ field" }),
  );
}

/** HTTP methods an endpoint does not answer. */
export const otherMethod = (allowed: readonly string[]) =>
  fc.constantFrom(...["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"].filter((method) => !allowed.includes(method)));

/** Cookie headers a stranger may send: none, garbage, forged or broken better-auth cookies. */
export const strangerCookie = fc.oneof(
  fc.constant(""),
  fc.constantFrom(
    "better-auth.session_token=forged.signature",
    "better-auth.session_token=%00%00",
    "better-auth.session_data=eyJzZXNzaW9uIjp7fX0",
    "better-auth.session_data=%%%",
    "better-auth.session_token=; better-auth.session_token=x",
    "__Secure-better-auth.session_token=abc",
    "NEXT_LOCALE=xx",
  ),
  fc.string({ unit: "grapheme-ascii", maxLength: 300 }).map((value) => `better-auth.session_token=${encodeURIComponent(value)}`),
);

/**
 * Percent-encoding that also writes what encodeURIComponent refuses: a lone surrogate goes out as
 * its three WTF-8 bytes, which are not UTF-8, so a URL can carry invalid UTF-8 too.
 */
export function percentEncode(text: string): string {
  let out = "";
  for (const char of text) {
    const unit = char.charCodeAt(0);
    if (char.length === 1 && unit >= 0xd800 && unit <= 0xdfff) {
      out += [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)].map((byte) => `%${byte.toString(16).toUpperCase()}`).join("");
    } else out += encodeURIComponent(char);
  }
  return out;
}

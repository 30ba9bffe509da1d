import { describe, expect, it } from "vitest";
import { isWellFormedFormPost, isWellFormedMultipartReply, isWellFormedTextReply } from "@/server/action-reply";

/**
 * Server action arguments Next.js could not decode were answered 500 (found by `npm run
 * proof:fuzz`): the production server now refuses them first. What Next's own client sends must
 * still pass, and each kind of undecodable body must not.
 */

describe("isWellFormedTextReply", () => {
  const cases: Array<[string, string, boolean]> = [
    ["an argument list of plain values", JSON.stringify([{ locale: "fr", attemptId: "abc" }]), true],
    ["no arguments", "[]", true],
    ["a string that begins with $, escaped", JSON.stringify([{ note: "$$5" }]), true],
    ["inline tags: undefined, NaN, -0, a Date, a BigInt", JSON.stringify(["$undefined", "$NaN", "$-0", "$D2026-01-01T00:00:00.000Z", "$n12"]), true],
    ["malformed JSON", '[{"locale": "fr",', false],
    ["an empty body", "", false],
    ["a root that is not an argument list", JSON.stringify({ locale: "fr" }), false],
    ["a reference to a part a text body cannot have", JSON.stringify(["$1"]), false],
    ["a Map", JSON.stringify(["$Q1"]), false],
    ["a server reference", JSON.stringify([{ a: "$F1" }]), false],
    ["an unknown tag", JSON.stringify(["$Z"]), false],
    ["nesting deeper than any argument", `${"[".repeat(100)}${"]".repeat(100)}`, false],
  ];
  for (const [name, body, expected] of cases) {
    it(`${expected ? "accepts" : "refuses"} ${name}`, () => expect(isWellFormedTextReply(body)).toBe(expected));
  }
});

describe("isWellFormedMultipartReply", () => {
  const fields = (entries: Record<string, string>) => Object.entries(entries);
  const cases: Array<[string, Record<string, string>, boolean]> = [
    ["FormData with its entries (a form's action)", { "0": '["$K1"]', "_1_name": "Classe A" }, true],
    ["an empty FormData", { "0": '[null, "$K1"]' }, true],
    ["a value outlined in its own part", { "0": '["$1", "$1"]', "1": '{"a": 1}' }, true],
    ["no argument list", { "_1_name": "x" }, false],
    ["a reference to a missing part", { "0": '["$2"]' }, false],
    ["an outlined part that is not JSON", { "0": '["$1"]', "1": "{oops" }, false],
    ["a root that is not an argument list", { "0": '"hello"' }, false],
  ];
  for (const [name, entries, expected] of cases) {
    it(`${expected ? "accepts" : "refuses"} ${name}`, () => expect(isWellFormedMultipartReply(fields(entries))).toBe(expected));
  }
});

describe("text PostgreSQL cannot store", () => {
  it("is refused in any argument, and in any form field", () => {
    expect(isWellFormedTextReply(JSON.stringify([{ attemptId: "a\u0000b" }]))).toBe(false);
    expect(isWellFormedTextReply(JSON.stringify([{ name: "\ud800" }]))).toBe(false);
    expect(isWellFormedMultipartReply([["0", '["$K1"]'], ["_1_name", "Classe\u0000"]])).toBe(false);
    // A repeated name (a list of checkboxes) has each of its values checked.
    expect(isWellFormedMultipartReply([["0", '["$K1"]'], ["_1_exercises", "a\u0000"], ["_1_exercises", "b"]])).toBe(false);
  });
});

describe("isWellFormedFormPost (a form posted without JavaScript)", () => {
  const known = "40a77b48b25ae3fadbf661d4d98c92c4ab2fa732ff";
  const ids = new Set([known]);
  const descriptor = (id: string, bound = '"$@1"') => `{"id":"${id}","bound":${bound}}`;
  const stateForm = (overrides: Record<string, string> = {}): Array<[string, string]> =>
    Object.entries({ $ACTION_REF_1: "", "$ACTION_1:0": descriptor(known), "$ACTION_1:1": "[null]", $ACTION_KEY: "k1", locale: "fr", name: "Classe A", ...overrides });
  const cases: Array<[string, Array<[string, string]>, boolean]> = [
    ["a useActionState form as React renders it", stateForm(), true],
    ["a plain form action", [[`$ACTION_ID_${known}`, ""], ["locale", "en"]], true],
    ["a bound action without bound arguments", stateForm({ "$ACTION_1:0": descriptor(known, "null") }), true],
    ["fields that name no action", [["locale", "fr"]], false],
    ["an unknown plain action", [["$ACTION_ID_deadbeef", ""]], false],
    ["an unknown bound action", stateForm({ "$ACTION_1:0": descriptor("deadbeef") }), false],
    ["a descriptor that is not JSON", stateForm({ "$ACTION_1:0": `{"id":"${known}",` }), false],
    ["a descriptor without its id first", stateForm({ "$ACTION_1:0": `{"bound":null,"id":"${known}"}` }), false],
    ["bound arguments in a missing part", stateForm({ "$ACTION_1:0": descriptor(known, '"$@2"') }), false],
    ["bound arguments that are not a list", stateForm({ "$ACTION_1:1": '{"a":1}' }), false],
    ["bound arguments with a tag no action takes", stateForm({ "$ACTION_1:1": '["$Q1"]' }), false],
    ["a field PostgreSQL cannot store", stateForm({ name: "Classe\u0000" }), false],
    ["three actions", [...stateForm(), [`$ACTION_ID_${known}`, ""], ["$ACTION_REF_2", ""]], false],
    ["a descriptor sent twice", [...stateForm(), ["$ACTION_1:0", descriptor(known)]], false],
  ];
  for (const [name, entries, expected] of cases) {
    it(`${expected ? "accepts" : "refuses"} ${name}`, () => expect(isWellFormedFormPost(entries, ids)).toBe(expected));
  }
});

import { describe, expect, it } from "vitest";
import {
  applyDisplayAttributes,
  DEFAULT_DISPLAY,
  DISPLAY_SCRIPT,
  DISPLAY_STORAGE_KEY,
  parseDisplaySettings,
  readDisplayAttributes,
  serializeDisplaySettings,
  type DisplaySettings,
} from "@/lib/display/settings";

/** A stand-in for <html>: its attributes only. */
function fakeRoot(initial: Record<string, string> = {}) {
  const attributes = new Map(Object.entries(initial));
  return {
    attributes,
    getAttribute: (name: string) => attributes.get(name) ?? null,
    setAttribute: (name: string, value: string) => void attributes.set(name, value),
    removeAttribute: (name: string) => void attributes.delete(name),
  };
}

/** Runs the head script as a browser would, with `stored` in localStorage (or storage that throws). */
function runScript(stored: string | null | (() => never)) {
  const root = fakeRoot();
  const localStorage = {
    getItem: (key: string) => {
      if (typeof stored === "function") return stored();
      return key === DISPLAY_STORAGE_KEY ? stored : null;
    },
  };
  new Function("localStorage", "document", DISPLAY_SCRIPT)(localStorage, { documentElement: root });
  return Object.fromEntries(root.attributes);
}

const chosen: DisplaySettings = { theme: "dark", textSize: "larger", lineSpacing: "wide", spacing: "wider", textView: "beside" };

describe("display settings", () => {
  it("keeps allowed values and puts the default in place of anything else", () => {
    expect(parseDisplaySettings(JSON.stringify(chosen))).toEqual(chosen);
    expect(parseDisplaySettings(JSON.stringify({ theme: "contrast", textSize: "huge", spacing: 3, extra: "x" }))).toEqual({
      ...DEFAULT_DISPLAY,
      theme: "contrast",
    });
    for (const raw of [null, undefined, "", "not json", "null", "[]", '"dark"', "42", '{"theme":"__proto__"}'])
      expect(parseDisplaySettings(raw)).toEqual(DEFAULT_DISPLAY);
  });

  it("stores only what differs from the defaults, and nothing when all are defaults", () => {
    expect(serializeDisplaySettings(DEFAULT_DISPLAY)).toBeNull();
    expect(JSON.parse(serializeDisplaySettings({ ...DEFAULT_DISPLAY, textSize: "large" })!)).toEqual({ textSize: "large" });
    expect(parseDisplaySettings(serializeDisplaySettings(chosen))).toEqual(chosen);
  });

  it("puts a setting on <html> as an attribute, a default as none, and reads them back", () => {
    const root = fakeRoot({ "data-theme": "light", lang: "fr" });
    applyDisplayAttributes(root, { ...chosen, lineSpacing: "normal" });
    expect(Object.fromEntries(root.attributes)).toEqual({
      lang: "fr",
      "data-theme": "dark",
      "data-text-size": "larger",
      "data-spacing": "wider",
      "data-text-view": "beside",
    });
    expect(readDisplayAttributes(root)).toEqual({ ...chosen, lineSpacing: "normal" });
    applyDisplayAttributes(root, DEFAULT_DISPLAY);
    expect(Object.fromEntries(root.attributes)).toEqual({ lang: "fr" });
  });

  it("the head script sets what the control would, and nothing for unexpected or unreadable storage", () => {
    const expected = fakeRoot();
    applyDisplayAttributes(expected, chosen);
    expect(runScript(serializeDisplaySettings(chosen))).toEqual(Object.fromEntries(expected.attributes));
    expect(runScript(JSON.stringify({ theme: "system", textSize: "textSize", spacing: "wide", lineSpacing: ["wide"] }))).toEqual({
      "data-spacing": "wide",
    });
    for (const stored of [
      null,
      "",
      "not json",
      "null",
      "7",
      '{"theme":"<script>"}',
      () => {
        throw new Error("SecurityError");
      },
    ])
      expect(runScript(stored)).toEqual({});
  });
});

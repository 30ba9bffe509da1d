import { describe, expect, it } from "vitest";
import { safeReturnPath, signInPath } from "@/lib/auth/return-path";

describe("the way back after signing in again", () => {
  it.each(["/fr/teach/classes/abc", "/en/articles/x?assignment=y", "/fr", "/fr?x=1"])("keeps a path of this app: %s", (path) => {
    expect(safeReturnPath(path)).toBe(path);
  });

  it.each([
    "https://evil.example/fr",
    "//evil.example/fr",
    "/\\evil.example",
    "/de/teach",
    "/fr teach",
    "fr/teach",
    "/frx",
    `/fr/${"a".repeat(600)}`,
    42,
    null,
  ])("refuses anything else: %s", (value) => {
    expect(safeReturnPath(value)).toBeNull();
  });

  it("builds the sign-in address for whoever the page was for", () => {
    expect(signInPath("fr", "teacher", "/fr/teach/classes/abc?blind=1")).toBe("/fr/sign-in/teacher?next=%2Ffr%2Fteach%2Fclasses%2Fabc%3Fblind%3D1");
    expect(signInPath("en", "student", null)).toBe("/en/sign-in");
    expect(signInPath("fr", "student", "//evil.example")).toBe("/fr/sign-in");
  });
});

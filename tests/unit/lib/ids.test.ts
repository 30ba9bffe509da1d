import { describe, expect, it } from "vitest";
import { isId } from "@/lib/ids";

describe("ids", () => {
  it("takes the ids the app makes", () => {
    for (const id of ["cm4x9q0b50000abcdxyz12345", "bench-class-1a2b3c-a1", "Kq_8-zz"]) expect(isId(id)).toBe(true);
  });

  it("refuses what cannot name a row, PostgreSQL's unstorable text included", () => {
    for (const value of ["", "a\u0000b", "\ud800", "é", "a b", "../x", "x".repeat(65), 42, null, undefined]) expect(isId(value)).toBe(false);
  });
});

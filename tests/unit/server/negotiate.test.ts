import { describe, expect, it } from "vitest";
import { negotiate } from "@/server/compressed";

describe("negotiate", () => {
  it.each([
    { name: "a browser's usual offer", header: "gzip, deflate, br, zstd", chosen: "br" },
    { name: "no header at all", header: undefined, chosen: "identity" },
    { name: "gzip only", header: "gzip", chosen: "gzip" },
    { name: "Brotli refused with q=0", header: "br;q=0, gzip", chosen: "gzip" },
    { name: "everything refused but identity", header: "br;q=0, gzip;q=0", chosen: "identity" },
    { name: "a wildcard", header: "*", chosen: "br" },
    { name: "upper case and spaces", header: " GZIP ;q=0.5 ", chosen: "gzip" },
  ])("$name → $chosen", ({ header, chosen }) => {
    expect(negotiate(header)).toBe(chosen);
  });
});

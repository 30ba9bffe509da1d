import { describe, expect, it } from "vitest";
import { parseInterval } from "@/lib/retention/interval";

/** PURGE_EVERY as an administrator writes it (docs/deploy.md): a number and its unit, or "off". */
describe("the purge interval", () => {
  it.each([
    ["24h", 24 * 3_600_000],
    ["30m", 30 * 60_000],
    ["90s", 90_000],
    ["2d", 2 * 86_400_000],
    [" 12H ", 12 * 3_600_000],
  ])("reads %s", (text, ms) => expect(parseInterval(text)).toBe(ms));

  it("reads off as no timer", () => expect(parseInterval("off")).toBeNull());

  it.each(["", "24", "0h", "1.5h", "-1h", "daily", "24 hours", "99999999999999999d"])("cannot read %j", (text) => expect(parseInterval(text)).toBeUndefined());
});

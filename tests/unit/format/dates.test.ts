import { describe, expect, it } from "vitest";
import { formatDate, formatDateRange } from "@/lib/format/dates";

describe("content dates", () => {
  it("prints calendar days without shifting them across time zones", () => {
    expect(formatDate("2022-01-05", "fr")).toBe("5 janvier 2022");
    expect(formatDate("2022-01-05", "en")).toBe("5 January 2022");
    expect(formatDate("2022-01", "fr")).toBe("janvier 2022");
  });

  it("writes a shared month and year once in a range", () => {
    expect(formatDateRange("2019-03-19", "2019-03-23", "fr")).toBe("19–23 mars 2019");
    expect(formatDateRange("2022-01-28", "2022-02-03", "en")).toMatch(/^28 January\s–\s3 February 2022$/u);
  });

  it("falls back to two dates when one of them is only a month", () => {
    expect(formatDateRange("2021-11", "2022-01-05", "fr")).toBe("novembre 2021 – 5 janvier 2022");
  });
});

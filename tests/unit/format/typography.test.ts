import { describe, expect, it } from "vitest";
import { frenchTypography, frenchTypographyFaults } from "@/lib/format/typography";

describe("frenchTypography", () => {
  it("puts no-break spaces where French needs them", () => {
    expect(frenchTypography("Qui parle ? Selon lui : « non » ; bien !")).toBe("Qui parle\u202F? Selon lui\u00A0: «\u00A0non\u00A0»\u202F; bien\u202F!");
  });
  it("leaves URLs, times and unspaced titles alone", () => {
    const text = "Voir https://example.org/a?b=c à 17:00 et « Kazakhstan: La main des Américains? »";
    expect(frenchTypography(text)).toBe("Voir https://example.org/a?b=c à 17:00 et «\u00A0Kazakhstan: La main des Américains?\u00A0»");
  });
});

describe("frenchTypographyFaults", () => {
  it("flags straight quotes and missing spaces outside guillemets", () => {
    expect(frenchTypographyFaults('Il dit "non".')).toHaveLength(1);
    expect(frenchTypographyFaults("Vraiment?")[0]).toMatch(/no space before "\?"/);
  });
  it("accepts quoted text inside « »", () => {
    expect(frenchTypographyFaults('Le titre « Kazakhstan: La main des Américains? » et le mot « "pacifiques" »')).toEqual([]);
  });
});

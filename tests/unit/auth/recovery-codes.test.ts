import { describe, expect, it } from "vitest";
import { formatRecoveryCode, generateRecoveryCode, generateRecoveryCodes, hashRecoveryCode, normaliseRecoveryCode } from "@/lib/auth/recovery-code-format";
import { RECOVERY_CODES } from "@/lib/config";

/** What a recovery code looks like and how a typed one is read (lib/auth/recovery-code-format.ts). */

describe("recovery codes", () => {
  it("use no characters read alike", () => {
    for (const lookalike of "0o1liuv") expect(RECOVERY_CODES.alphabet).not.toContain(lookalike);
    expect(new Set(RECOVERY_CODES.alphabet).size).toBe(RECOVERY_CODES.alphabet.length);
  });

  it("are three groups of four, every character of the alphabet drawn", () => {
    const seen = new Set<string>();
    for (let index = 0; index < 400; index++) {
      const code = generateRecoveryCode();
      expect(code).toMatch(/^[^-]{4}-[^-]{4}-[^-]{4}$/);
      for (const character of code.replaceAll("-", "")) seen.add(character);
    }
    expect([...seen].sort().join("")).toBe([...RECOVERY_CODES.alphabet].sort().join(""));
    expect(new Set(generateRecoveryCodes()).size).toBe(RECOVERY_CODES.count);
  });

  it("are read leniently: capitals, spaces and dashes do not matter; anything else is no code", () => {
    expect(normaliseRecoveryCode("k7mq-x3rf-9dte")).toBe("k7mqx3rf9dte");
    expect(normaliseRecoveryCode("  K7MQ X3RF 9DTE ")).toBe("k7mqx3rf9dte");
    expect(normaliseRecoveryCode("k7mq–x3rf—9dte")).toBe("k7mqx3rf9dte");
    expect(normaliseRecoveryCode("k7mqx3rf9dt")).toBeNull();
    expect(normaliseRecoveryCode("k7mq-x3rf-9dto")).toBeNull();
    expect(normaliseRecoveryCode("")).toBeNull();
    expect(formatRecoveryCode("k7mqx3rf9dte")).toBe("k7mq-x3rf-9dte");
  });

  it("are stored as a keyed hash, bound to their account", () => {
    const hash = hashRecoveryCode("secret-a", "user-1", "k7mqx3rf9dte");
    expect(hash).not.toContain("k7mq");
    expect(hashRecoveryCode("secret-a", "user-1", "k7mqx3rf9dte")).toBe(hash);
    expect(hashRecoveryCode("secret-b", "user-1", "k7mqx3rf9dte")).not.toBe(hash);
    expect(hashRecoveryCode("secret-a", "user-2", "k7mqx3rf9dte")).not.toBe(hash);
  });
});

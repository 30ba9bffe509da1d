import { describe, expect, it } from "vitest";
import { changePasswordSchema, teacherSignUpSchema } from "@/lib/auth/schemas";
import { joinClassSchema } from "@/lib/classes/schemas";
import { suggestPassphrase } from "@/lib/classes/passphrase";
import { ENGLISH_WORDS, FRENCH_WORDS } from "@/lib/classes/words";
import { invalidInput } from "@/lib/result";

/**
 * Issue 22: only the length was checked, so a teacher could sign up with "password" and a student
 * join with "12345678". Every form where a password is chosen now refuses the common ones and a
 * password that repeats the account's own words (ASVS 2.1.7), while the passphrases the app
 * suggests always pass.
 */

const signUp = (password: string, name = "Mme Durand", email = "claire.durand@example.org") =>
  teacherSignUpSchema.safeParse({ name, email, password, locale: "fr" });
const join = (password: string, name = "Léa", code = "ABCDEF") => joinClassSchema.safeParse({ code, name, password, locale: "fr" });
const change = (newPassword: string) => changePasswordSchema.safeParse({ currentPassword: "ancien-mot-de-passe", newPassword });

/** The code of the field in error, as the form shows it (lib/result.ts). */
const fieldCode = (parsed: ReturnType<typeof signUp | typeof join | typeof change>, field: string) =>
  parsed.success ? undefined : invalidInput(parsed.error).fieldErrors?.[field];

describe("choosing a password", () => {
  it.each([
    "password",
    "12345678",
    "PASSWORD",
    "Password1!",
    "motdepasse",
    "azerty123",
    "mot-de-passe-1",
    "qwertyuiop",
    "iloveyou",
    "aaaaaaaa",
    "abababab",
    "1234567890",
  ])("refuses the common or trivial %j everywhere one is chosen", (password) => {
    expect(fieldCode(signUp(password), "password")).toBe("PASSWORD_TOO_COMMON");
    expect(fieldCode(join(password), "password")).toBe("PASSWORD_TOO_COMMON");
    expect(fieldCode(change(password), "newPassword")).toBe("PASSWORD_TOO_COMMON");
  });

  it.each([
    { what: "the teacher's name", parsed: () => signUp("mmedurand", "Mme Durand") },
    { what: "a word of the teacher's name, with digits", parsed: () => signUp("durand2024", "Mme Durand") },
    { what: "the e-mail address", parsed: () => signUp("claire.durand@example.org") },
    { what: "the e-mail's local part", parsed: () => signUp("Claire-Durand!") },
    { what: "the student's name", parsed: () => join("Lea-Martin-2", "Léa Martin") },
    { what: "the class code", parsed: () => join("abcdef12", "Léa", "ABC-DEF") },
    { what: "the app's name", parsed: () => join("recits-croises") },
  ])("refuses a password that repeats $what", ({ parsed }) => {
    expect(fieldCode(parsed(), "password")).toBe("PASSWORD_LIKE_ACCOUNT");
  });

  it.each(["tigre-nuage-pomme-vent", "mot-de-passe-eleve", "le-bon-mot-de-passe", "Ma tante a 3 chats roux", "correct horse battery staple"])(
    "accepts %j",
    (password) => {
      expect(signUp(password).success).toBe(true);
      expect(join(password).success).toBe(true);
      expect(change(password).success).toBe(true);
    },
  );

  it("still says a short password is too short first", () => {
    expect(fieldCode(join("1234"), "password")).toBe("PASSWORD_TOO_SHORT");
  });

  it("always accepts the passphrases the app suggests (10,000 of each language)", () => {
    for (const locale of ["fr", "en"] as const) {
      for (let index = 0; index < 10_000; index += 1) {
        const password = suggestPassphrase(locale);
        const parsed = join(password);
        expect(parsed.success, password).toBe(true);
      }
    }
  });

  it("no four words of the lists, joined, make a common password", async () => {
    // Exhaustively: every common password, read as the words of a passphrase run together.
    const { commonPasswords } = await import("@/lib/auth/password-rule");
    for (const words of [FRENCH_WORDS, ENGLISH_WORDS]) {
      const dictionary = new Set<string>(words);
      const isFourWords = (text: string, left: number): boolean =>
        left === 0
          ? text === ""
          : [...Array(text.length).keys()].some((end) => dictionary.has(text.slice(0, end + 1)) && isFourWords(text.slice(end + 1), left - 1));
      const found = [...commonPasswords()].filter((common) => /^[a-z]+$/.test(common.replace(/[^a-z]/g, "")) && isFourWords(common.replace(/[^a-z]/g, ""), 4));
      expect(found).toEqual([]);
    }
  });
});

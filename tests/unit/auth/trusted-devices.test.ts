import { describe, expect, it } from "vitest";
import { isTrustedDevice, TRUSTED_DEVICE_COOKIE, trustDevice } from "@/lib/auth/trusted-devices";

/** The signed note a browser keeps of the accounts that signed in on it (lib/auth/trusted-devices.ts). */

const SECRET = "unit-test-secret-0123456789abcdef";
const asCookie = (setCookie: string) => setCookie.split(";")[0]!;

describe("trusted devices", () => {
  it("vouches for the accounts signed in on this browser, and for no other", () => {
    const first = asCookie(trustDevice(null, "student:ABCDEF:lea", SECRET, false));
    const both = asCookie(trustDevice(first, "email:prof@example.org", SECRET, false));
    expect(isTrustedDevice(both, "student:ABCDEF:lea", SECRET)).toBe(true);
    expect(isTrustedDevice(both, "email:prof@example.org", SECRET)).toBe(true);
    expect(isTrustedDevice(both, "student:ABCDEF:noe", SECRET)).toBe(false);
    expect(isTrustedDevice(null, "student:ABCDEF:lea", SECRET)).toBe(false);
  });

  it("names nobody, and cannot be forged, altered or moved to another secret", () => {
    const note = asCookie(trustDevice(null, "student:ABCDEF:lea", SECRET, false));
    expect(note).not.toMatch(/lea|ABCDEF/);
    const [name, value] = note.split("=") as [string, string];
    const [tags, signature] = value.split("~") as [string, string];
    expect(isTrustedDevice(`${name}=${tags}.${tags}~${signature}`, "student:ABCDEF:lea", SECRET)).toBe(false);
    expect(isTrustedDevice(`${name}=${tags}~${signature.slice(1)}x`, "student:ABCDEF:lea", SECRET)).toBe(false);
    expect(isTrustedDevice(note, "student:ABCDEF:lea", "another-secret-0123456789abcdef")).toBe(false);
    expect(isTrustedDevice(`${name}=garbage`, "student:ABCDEF:lea", SECRET)).toBe(false);
  });

  it("remembers the latest twelve accounts, and is an HttpOnly cookie, Secure over HTTPS", () => {
    let cookie: string | null = null;
    for (let index = 0; index < 14; index++) cookie = asCookie(trustDevice(cookie, `student:ABCDEF:n${index}`, SECRET, false));
    expect(isTrustedDevice(cookie, "student:ABCDEF:n0", SECRET)).toBe(false);
    expect(isTrustedDevice(cookie, "student:ABCDEF:n1", SECRET)).toBe(false);
    expect(isTrustedDevice(cookie, "student:ABCDEF:n2", SECRET)).toBe(true);
    expect(isTrustedDevice(cookie, "student:ABCDEF:n13", SECRET)).toBe(true);
    const header = trustDevice(null, "x", SECRET, true);
    expect(header.startsWith(`${TRUSTED_DEVICE_COOKIE}=`)).toBe(true);
    expect(header).toMatch(/; HttpOnly; SameSite=Lax; Secure$/);
    expect(trustDevice(null, "x", SECRET, false)).not.toMatch(/Secure/);
  });
});

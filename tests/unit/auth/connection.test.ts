import { describe, expect, it } from "vitest";
import { isSecureConnection } from "@/lib/auth/connection";

const headers = (proto?: string) => new Headers(proto ? { "x-forwarded-proto": proto } : {});

describe("isSecureConnection", () => {
  it.each([
    { name: "APP_URL on https wins over a plain connection", appUrl: "https://recits.example.org", proto: "http", secure: true },
    { name: "APP_URL on http wins over a forwarded https", appUrl: "http://192.168.1.20:3000", proto: "https", secure: false },
    { name: "without APP_URL, a proxy's https counts", appUrl: undefined, proto: "https", secure: true },
    { name: "the first hop of a proxy chain counts", appUrl: undefined, proto: "https, http", secure: true },
    { name: "without APP_URL, plain HTTP on a school network", appUrl: undefined, proto: "http", secure: false },
    { name: "no header at all is not HTTPS", appUrl: undefined, proto: undefined, secure: false },
  ])("$name", ({ appUrl, proto, secure }) => {
    expect(isSecureConnection(headers(proto), appUrl)).toBe(secure);
  });
});

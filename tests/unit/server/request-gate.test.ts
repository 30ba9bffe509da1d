import { describe, expect, it } from "vitest";
import { localeOfRawRequest } from "@/server/request-gate";

/** A request Node cannot parse still gets its error in the language it asked for, when its headers arrived. */
describe("localeOfRawRequest", () => {
  const raw = (headers: string) => Buffer.from(`GET /api/attempts/current?article=${"é".repeat(10)} HTTP/1.1\r\nhost: school.test\r\n${headers}\r\n`, "utf8");

  it("reads Accept-Language", () => expect(localeOfRawRequest(raw("accept-language: en-GB,en;q=0.9\r\n"))).toBe("en"));
  it("prefers the locale cookie", () => expect(localeOfRawRequest(raw("accept-language: en-GB\r\ncookie: NEXT_LOCALE=fr\r\n"))).toBe("fr"));
  it("falls back to French without headers", () => expect(localeOfRawRequest(undefined)).toBe("fr"));
  it("falls back to French on a header value that is not text", () => expect(localeOfRawRequest(raw("accept-language: en\u0000\r\n"))).toBe("fr"));
});

import { describe, expect, it } from "vitest";
import { multipartFields } from "@/server/request-body";

/** The multipart bodies the request gate reads before Next.js: what it hands on, and what it refuses. */
describe("multipartFields", () => {
  const boundary = "----test7MA4YWxkTrZu0gW";
  const headers = { "content-type": `multipart/form-data; boundary=${boundary}` };
  const body = (...parts: string[]) => Buffer.from(parts.map((part) => `--${boundary}\r\n${part}\r\n`).join("") + `--${boundary}--\r\n`);
  const field = (name: string, value: string) => `Content-Disposition: form-data; name="${name}"\r\n\r\n${value}`;

  it("reads named fields, accents included", async () => {
    const fields = await multipartFields(headers, body(field("0", '["$K1"]'), field("1_note", "Réponse à « lire »")));
    expect(fields && Object.fromEntries(fields)).toEqual({ "0": '["$K1"]', "1_note": "Réponse à « lire »" });
  });

  // React's decoder calls name.startsWith on every part: an unnamed one made Next.js answer 500.
  it("refuses a part with an empty name", async () => expect(await multipartFields(headers, body(field("0", "[]"), field("", '"x"')))).toBeNull());
  it("refuses a part with no name at all", async () => expect(await multipartFields(headers, body(field("0", "[]"), 'Content-Disposition: form-data\r\n\r\n"x"'))).toBeNull());
  it("refuses a body without a boundary", async () => expect(await multipartFields({ "content-type": "multipart/form-data" }, body(field("0", "[]")))).toBeNull());
});

import http, { type IncomingMessage } from "node:http";
import { createRequire } from "node:module";
import { Readable } from "node:stream";

/** Reading a request body in the production server, before Next.js does, and handing it back. */

export class BodyTooLarge extends Error {}

/** The whole body, refused as soon as it grows past `maxBytes` (the rest is never read). */
export async function readBody(request: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * The same request with its body put back, for Next.js to read as if nothing had: a real
 * IncomingMessage on the same socket, so that everything Next.js looks at (headers, URL,
 * connection) is the original's.
 */
export function replay(request: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new http.IncomingMessage(request.socket);
  Object.assign(copy, {
    method: request.method,
    url: request.url,
    headers: request.headers,
    rawHeaders: request.rawHeaders,
    httpVersion: request.httpVersion,
    httpVersionMajor: request.httpVersionMajor,
    httpVersionMinor: request.httpVersionMinor,
    complete: true,
  });
  copy.push(body);
  copy.push(null);
  return copy;
}

type Busboy = NodeJS.WritableStream & {
  on(event: "field", listener: (name: string, value: string) => void): Busboy;
  on(event: "file", listener: (name: string, stream: Readable) => void): Busboy;
  on(event: "close", listener: () => void): Busboy;
  on(event: "error", listener: (error: unknown) => void): Busboy;
};
// The multipart parser Next.js itself reads action bodies with (it ships no types).
const busboy = createRequire(import.meta.url)("next/dist/compiled/busboy") as (options: { headers: IncomingMessage["headers"]; limits: Record<string, number> }) => Busboy;

/** The text fields of a multipart/form-data body, or null if it is not one; files count as present but empty. */
export function multipartFields(headers: IncomingMessage["headers"], body: Buffer): Promise<Map<string, string> | null> {
  return new Promise((resolve) => {
    const fields = new Map<string, string>();
    let parser: Busboy;
    try {
      parser = busboy({ headers, limits: { fields: 1_000, files: 100, parts: 1_100 } });
    } catch {
      return resolve(null); // no boundary, or not multipart at all
    }
    parser.on("field", (name, value) => fields.set(name, value));
    parser.on("file", (name, stream) => {
      fields.set(name, "");
      stream.resume();
    });
    parser.on("close", () => resolve(fields));
    parser.on("error", () => resolve(null));
    Readable.from([body]).pipe(parser);
  });
}

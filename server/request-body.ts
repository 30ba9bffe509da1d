import http, { type IncomingMessage } from "node:http";
import { Readable } from "node:stream";
import busboy, { type Busboy } from "busboy";

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

/**
 * The text fields of a multipart/form-data body in order, repeated names included, or null if it
 * is not one; files count as present but empty.
 */
export function multipartFields(headers: IncomingMessage["headers"], body: Buffer): Promise<Array<[string, string]> | null> {
  return new Promise((resolve) => {
    const fields: Array<[string, string]> = [];
    let parser: Busboy;
    try {
      parser = busboy({ headers, defParamCharset: "utf8", limits: { fields: 1_000, files: 100, parts: 1_100 } });
    } catch {
      return resolve(null); // no boundary, or not multipart at all
    }
    // A part without a name (busboy gives undefined) crashes React's decoder: no client sends one.
    let unnamed = false;
    const add = (name: string | undefined, value: string) => {
      if (typeof name === "string") fields.push([name, value]);
      else unnamed = true;
    };
    parser.on("field", add);
    parser.on("file", (name, stream) => {
      add(name, "");
      stream.resume();
    });
    // Past a limit busboy stops reporting parts, which would then go unchecked: refuse instead.
    let overLimit = false;
    for (const limit of ["partsLimit", "filesLimit", "fieldsLimit"] as const) parser.on(limit, () => (overLimit = true));
    parser.on("close", () => resolve(unnamed || overLimit ? null : fields));
    parser.on("error", () => resolve(null));
    Readable.from([body]).pipe(parser);
  });
}

/**
 * The fields of a form posted without JavaScript, read with the parser Next.js reads them with
 * (the platform's Request.formData), or null where it fails: its multipart parser refuses some
 * bodies busboy reads (a short boundary that also occurs inside a value), and Next.js answers
 * those with a 500. Files count as present but empty.
 */
export async function formPostFields(contentType: string, body: Buffer): Promise<Array<[string, string]> | null> {
  try {
    const form = await new Request("http://localhost/", { method: "POST", headers: { "content-type": contentType }, body: new Uint8Array(body) }).formData();
    return [...form.entries()].map(([name, value]): [string, string] => [name, typeof value === "string" ? value : ""]);
  } catch {
    return null;
  }
}

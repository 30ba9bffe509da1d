import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

type Encoding = "br" | "gzip" | "identity";

/**
 * Brotli at 6: the longest reader page in 17 ms, 8 % larger than at 10, which takes half a second
 * (and seconds for a large script) while the first visitors wait.
 */
const BROTLI_QUALITY = 6;

/**
 * A file served as it is, compressed once rather than on every request: Brotli and gzip copies
 * are made on first demand and kept. For the prerendered pages and the built scripts and styles,
 * which a whole class asks for at the same moment.
 */
export class CompressedFile {
  private readonly copies = new Map<Encoding, Promise<Buffer>>();
  /** A hash of the content; each encoding's copy gets its own entity tag from it. */
  private readonly hash: string;

  constructor(
    readonly body: Buffer,
    readonly headers: Readonly<Record<string, string>>,
    private readonly compressible: boolean,
  ) {
    this.hash = createHash("sha256").update(body).digest("base64url").slice(0, 22);
  }

  private copy(encoding: Encoding): Promise<Buffer> {
    let copy = this.copies.get(encoding);
    if (!copy) {
      copy =
        encoding === "br"
          ? brotli(this.body, { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: this.body.length } })
          : encoding === "gzip"
            ? gzipAsync(this.body, { level: 6 })
            : Promise.resolve(this.body);
      this.copies.set(encoding, copy);
    }
    return copy;
  }

  /** Compresses every copy now, so that the first visitors do not wait for it. */
  warm(): Promise<void> {
    return this.compressible ? Promise.all([this.copy("br"), this.copy("gzip")]).then(() => undefined) : Promise.resolve();
  }

  async send(request: IncomingMessage, response: ServerResponse, extraHeaders: Readonly<Record<string, string | string[]>> = {}): Promise<void> {
    const encoding = this.compressible ? negotiate(request.headers["accept-encoding"]) : "identity";
    const etag = `"${this.hash}${encoding === "identity" ? "" : `-${encoding}`}"`;
    const headers: Record<string, string | string[]> = { ...this.headers, ...extraHeaders, etag };
    if (this.compressible) headers.vary = headers.vary ? `${headers.vary}, Accept-Encoding` : "Accept-Encoding";
    if (request.headers["if-none-match"]?.split(",").some((candidate) => candidate.trim() === etag)) {
      response.writeHead(304, headers).end();
      return;
    }
    const body = await this.copy(encoding);
    if (encoding !== "identity") headers["content-encoding"] = encoding;
    headers["content-length"] = String(body.length);
    response.writeHead(200, headers);
    response.end(request.method === "HEAD" ? undefined : body);
  }
}

/** The browser's best offer among Brotli, gzip and nothing (a q=0 refuses an encoding). */
export function negotiate(acceptEncoding: string | undefined): Encoding {
  const offered = new Map<string, number>();
  for (const part of (acceptEncoding ?? "").split(",")) {
    const [name = "", ...params] = part.toLowerCase().split(";").map((piece) => piece.trim());
    const q = params.map((param) => /^q=([\d.]+)$/.exec(param)?.[1]).find(Boolean);
    if (name) offered.set(name, q === undefined ? 1 : Number(q));
  }
  const accepts = (name: string) => (offered.get(name) ?? offered.get("*") ?? 0) > 0;
  if (accepts("br")) return "br";
  if (accepts("gzip")) return "gzip";
  return "identity";
}

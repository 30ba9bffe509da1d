import { readdir, readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { CompressedFile } from "./compressed";

const TYPES: Record<string, { type: string; compressible: boolean }> = {
  ".js": { type: "application/javascript; charset=utf-8", compressible: true },
  ".css": { type: "text/css; charset=utf-8", compressible: true },
  ".json": { type: "application/json; charset=utf-8", compressible: true },
  ".svg": { type: "image/svg+xml", compressible: true },
  ".txt": { type: "text/plain; charset=utf-8", compressible: true },
  ".woff2": { type: "font/woff2", compressible: false },
};

const PREFIX = "/_next/static/";

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)])));
  return nested.flat();
}

/**
 * The build's scripts, styles and fonts (/_next/static/…): named by their content, so cached by
 * browsers for a year, and here compressed once instead of on every request (a class of 35
 * opening the app for the first time asks for the same files 35 times). Only files the build
 * wrote are served: the list is read at start, so no request can reach another path.
 */
export class StaticAssets {
  private readonly loaded = new Map<string, Promise<CompressedFile>>();

  private constructor(private readonly files: ReadonlyMap<string, string>) {}

  static async load(distDir: string): Promise<StaticAssets> {
    const root = path.join(distDir, "static");
    const files = new Map<string, string>();
    for (const file of await filesUnder(root)) {
      if (TYPES[path.extname(file)]) files.set(`${PREFIX}${path.relative(root, file).split(path.sep).join("/")}`, file);
    }
    return new StaticAssets(files);
  }

  private asset(pathname: string, file: string): Promise<CompressedFile> {
    let asset = this.loaded.get(pathname);
    if (!asset) {
      const { type, compressible } = TYPES[path.extname(file)]!;
      asset = readFile(file).then((body) => new CompressedFile(body, { "content-type": type, "cache-control": "public, max-age=31536000, immutable" }, compressible));
      this.loaded.set(pathname, asset);
    }
    return asset;
  }

  serve(request: IncomingMessage, response: ServerResponse, pathname: string): boolean {
    if ((request.method !== "GET" && request.method !== "HEAD") || !pathname.startsWith(PREFIX)) return false;
    const file = this.files.get(pathname);
    if (!file) return false;
    this.asset(pathname, file)
      .then((asset) => asset.send(request, response))
      .catch((error: unknown) => response.destroy(error instanceof Error ? error : undefined));
    return true;
  }
}

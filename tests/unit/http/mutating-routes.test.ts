import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Next.js checks the origin of server actions but not of route handlers, so every handler that
 * accepts a method that may change something checks it: the app's own endpoints through their
 * wrapper (lib/http/route.ts), better-auth's in the module its route hands every request to. A new
 * handler that does neither fails here.
 */

const ROOT = process.cwd();

function files(dir: string, match: RegExp): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && match.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
}

/** The address of a handler file: app/api/auth/[...all]/route.ts → /api/auth/[...all]. */
/** The address of a handler file: app/api/auth/[...all]/route.ts → /api/auth/[...all]. */
const routeOf = (file: string) => `/${file.replace(/^app\//, "").replace(/\/route\.ts$/, "")}`;

type Handler = { file: string; route: string; mutating: boolean; checksOrigin: boolean };

/** The wrapper of the app's endpoints (lib/http/route.ts), which checks the origin of every method but GET. */
const WRAPPER = { file: "lib/http/route.ts", call: /\bendpoint\(|\bexportEndpoint\(/ };

/** Modules a route hands its requests to whole, which check the origin themselves. */
const DELEGATES = [{ call: "handlePublicAuthRequest", file: "lib/auth/public-endpoints.ts" }];

const handlers: Handler[] = files("app", /^route\.ts$/).map((file) => {
  const source = readFileSync(file, "utf8");
  const wrapped = WRAPPER.call.test(source);
  const mutating =
    /export (const|async function|function) (POST|PUT|PATCH|DELETE)\b/.test(source) || /export const \{[^}]*\b(POST|PUT|PATCH|DELETE)\b/.test(source);
  const delegated = DELEGATES.some((delegate) => source.includes(delegate.call));
  return { file, route: routeOf(file), mutating, checksOrigin: wrapped || delegated || source.includes("assertSameOrigin(") };
});

describe("every route handler that may change something checks where the request comes from", () => {
  it("finds the app's handlers", () => {
    expect(handlers.map((handler) => handler.route).sort()).toEqual(expect.arrayContaining(["/api/answers", "/api/attempts/current", "/api/auth/[...all]"]));
  });

  it("the wrapper checks the origin of every method but GET, before reading the body", () => {
    const source = readFileSync(path.join(ROOT, WRAPPER.file), "utf8");
    expect(source).toMatch(/if \(spec\.method !== "GET"\) assertSameOrigin\(headers\);/);
    expect(source.indexOf("assertSameOrigin(headers)")).toBeLessThan(source.indexOf("await readJsonBody("));
  });

  it.each(DELEGATES)("$file checks the origin of every method but GET and HEAD", ({ file }) => {
    expect(readFileSync(path.join(ROOT, file), "utf8")).toMatch(
      /request\.method !== "GET" && request\.method !== "HEAD"\) \{[^}]*assertSameOrigin\(request\.headers\)/,
    );
  });

  it("the export's wrapper takes GET only", () => {
    expect(readFileSync(path.join(ROOT, "lib/export/http.ts"), "utf8")).toMatch(/method: "GET"/);
  });

  for (const handler of handlers) {
    it(`${handler.route} (${handler.file})`, () => {
      expect(!handler.mutating || handler.checksOrigin, `${handler.file} accepts writes without checking Origin`).toBe(true);
    });
  }
});

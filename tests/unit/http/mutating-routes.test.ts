import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUTH_PREFIX } from "@/server/request-gate";

/**
 * Next.js checks the origin of server actions but not of route handlers, so every handler that
 * accepts a method that may change something checks it itself (assertSameOrigin), or sits behind
 * the production server's gate, which checks it for them (server/request-gate.ts; server actions
 * are all gated there). A new handler that does neither fails here.
 */

const ROOT = process.cwd();

function files(dir: string, match: RegExp): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && match.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
}

/** The address of a handler file: app/api/auth/[...all]/route.ts → /api/auth/[...all]. */
const routeOf = (file: string) => `/${file.replace(/^(app|pages)\//, "").replace(/\/route\.ts$|\.ts$/, "")}`;

type Handler = { file: string; route: string; mutating: boolean; checksOrigin: boolean };

const GET_ONLY = /request\.method !== "GET"\) throw/;
/** Shared handlers that refuse every method but GET themselves, called by thin pages/api files. */
const GET_ONLY_HELPERS = [{ call: "sendExport(", file: "lib/export/http.ts" }];

const handlers: Handler[] = [
  ...files("app", /^route\.ts$/).map((file) => {
    const source = readFileSync(file, "utf8");
    // A method answered by methodNotAllowed (lib/http/web.ts) changes nothing.
    const mutating = /export (const|async function|function) (POST|PUT|PATCH|DELETE)\b(?! = methodNotAllowed\()/.test(source);
    return { file, route: routeOf(file), mutating, checksOrigin: source.includes("assertSameOrigin(") };
  }),
  ...files("pages/api", /\.ts$/).map((file) => {
    const source = readFileSync(file, "utf8");
    // A pages/api handler answers every method unless it refuses all but GET.
    const onlyGet = GET_ONLY.test(source) || GET_ONLY_HELPERS.some((helper) => source.includes(helper.call));
    return { file, route: routeOf(file), mutating: !onlyGet, checksOrigin: source.includes("assertSameOrigin(") };
  }),
];

describe("every route handler that may change something checks where the request comes from", () => {
  it("finds the app's handlers", () => {
    expect(handlers.map((handler) => handler.route).sort()).toEqual(expect.arrayContaining(["/api/answers", "/api/attempts/current", "/api/auth/[...all]"]));
  });

  it.each(GET_ONLY_HELPERS)("$file refuses every method but GET", ({ file }) => {
    expect(readFileSync(path.join(ROOT, file), "utf8")).toMatch(GET_ONLY);
  });

  for (const handler of handlers) {
    it(`${handler.route} (${handler.file})`, () => {
      const gated = `${handler.route}/`.startsWith(AUTH_PREFIX);
      expect(!handler.mutating || handler.checksOrigin || gated, `${handler.file} accepts writes without checking Origin`).toBe(true);
    });
  }
});

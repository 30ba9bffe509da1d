import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ENDPOINTS } from "@/scripts/lib/fuzz/registry";

/**
 * The bad-input proof (npm run proof:fuzz) must reach every server action and route handler: one
 * added without its fuzz entry fails here, not silently in production.
 */

const ROOT = path.resolve(__dirname, "../../..");
const files = (dir: string): string[] =>
  readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name === "generated" ? [] : files(relative);
    return /\.tsx?$/.test(entry.name) ? [relative] : [];
  });
const names = ENDPOINTS.map((endpoint) => endpoint.name);

describe("the fuzz registry", () => {
  const actions = [...files("lib"), ...files("app"), ...files("components")]
    .map((file) => readFileSync(path.join(ROOT, file), "utf8"))
    .filter((source) => /^["']use server["'];?$/m.test(source))
    .flatMap((source) => [...source.matchAll(/^export async function (\w+)/gm)].map((match) => match[1]!));

  it("finds the app's server actions", () => expect(actions.length).toBeGreaterThan(20));
  for (const action of actions) {
    it(`fuzzes ${action}`, () => expect(names.some((name) => name.startsWith(`${action} (`))).toBe(true));
  }

  const handlers = files("app/api")
    .filter((file) => file.endsWith("/route.ts") && !file.includes("[...all]"))
    .map(
      (file) =>
        `/${file
          .replace(/^app\//, "")
          .replace(/\/route\.ts$/, "")
          .replace(/\[\w+\]/g, "[id]")}`,
    );
  for (const handler of handlers) {
    it(`fuzzes ${handler}`, () => expect(names.some((name) => name.replace(/\[\w+\]/g, "[id]").endsWith(` ${handler}`))).toBe(true));
  }
  it("fuzzes better-auth's route handler", () => expect(names.filter((name) => name.includes("/api/auth/")).length).toBeGreaterThan(2));
});

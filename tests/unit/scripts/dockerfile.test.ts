import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The image's runtime stage copies the sources the server reads at run time (it runs them with
 * tsx): a folder the server imports that the Dockerfile leaves out is a server that does not
 * start. `docker build` does not run here, so this checks what it would copy.
 */

const ROOT = path.resolve(__dirname, "../../..");
const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");

const sources = (dir: string): string[] =>
  readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sources(relative);
    return /\.(ts|tsx|mjs)$/.test(entry.name) ? [relative] : [];
  });

/** Top-level folders a file imports, through "@/" or a relative path leaving its folder. */
function importedFolders(file: string): string[] {
  const text = read(file);
  const aliased = [...text.matchAll(/from "@\/([\w-]+)\//g)].map((match) => match[1]!);
  const relative = [...text.matchAll(/(?:from |import\()"(\.\.?\/[^"]+)"/g)].map((match) => path.relative(ROOT, path.resolve(path.dirname(path.join(ROOT, file)), match[1]!)).split(path.sep)[0]!);
  return [...aliased, ...relative];
}

describe("the Dockerfile's runtime stage", () => {
  const dockerfile = read("Dockerfile");
  const runtime = dockerfile.slice(dockerfile.indexOf(" AS runtime"));
  const copied = new Set([...runtime.matchAll(/^COPY --from=build \S+ (.+) \S+$/gm)].flatMap((match) => match[1]!.split(" ").map((source) => source.replace(/^\/app\//, ""))));

  // What the server loads from source: its own modules and what they import, and what the migration job runs.
  const runtimeFiles = [...sources("server"), ...sources("lib"), ...sources("i18n"), "scripts/migrate.ts", "scripts/load-content.ts", "proxy.ts"];
  const needed = new Set(["server", "scripts", ...runtimeFiles.flatMap(importedFolders)].filter((folder) => !folder.startsWith(".") && folder !== "node_modules"));

  it("finds what it copies", () => expect(copied.has("server")).toBe(true));
  for (const folder of needed) {
    it(`copies ${folder}/, which the server imports`, () => expect(copied.has(folder) || copied.has(`${folder}.ts`)).toBe(true));
  }
});

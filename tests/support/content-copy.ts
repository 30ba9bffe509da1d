import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { parseDocument } from "yaml";
import { ContentError, type ContentIssue } from "@/lib/content/issues";
import { loadContent } from "@/lib/content/load";

/** For tests of `npm run content:check`: a private copy of content/ to break in one place, and what the check then says. */

export const repoRoot = path.resolve(import.meta.dirname, "../..");

export async function copyContent(): Promise<string> {
  const dir = path.join(await mkdtemp(path.join(os.tmpdir(), "content-")), "content");
  await cp(path.join(repoRoot, "content"), dir, { recursive: true });
  return dir;
}

export type YamlDocument = ReturnType<typeof parseDocument>;

export async function editYaml(file: string, edit: (doc: YamlDocument) => void) {
  const doc = parseDocument(await readFile(file, "utf8"));
  edit(doc);
  await writeFile(file, doc.toString());
}

/** The problems the loader reports for a content folder ([] when it is valid). */
export async function issuesOf(dir: string): Promise<ContentIssue[]> {
  try {
    await loadContent(dir);
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.issues;
    throw error;
  }
}

/** `npm run content:check -- --dir <dir>`, as a shell runs it: its exit code and what it printed on stderr. */
export async function runContentCheck(dir: string): Promise<{ code: number; stderr: string }> {
  return promisify(execFile)("npx", ["tsx", "scripts/content-check.ts", "--dir", dir], { cwd: repoRoot }).then(
    () => ({ code: 0, stderr: "" }),
    (error: { code: number; stderr: string }) => error,
  );
}

import { copyFileSync, existsSync } from "node:fs";
import path from "node:path";
import { run } from "./command";
import { pagePoliciesPath } from "@/lib/http/page-policies";
import { writePagePolicyTable } from "./page-policies";
import { bin, ROOT } from "./paths";

/**
 * `next build`, then the Content-Security-Policy table of the prerendered pages
 * (lib/http/page-policies.ts), also into the standalone output the Docker image runs, which
 * Next.js wrote before the table existed.
 */
export async function buildApp(extraEnv: Record<string, string> = {}, args: readonly string[] = []): Promise<void> {
  await run(bin("next"), ["build", ...args], { NEXT_TELEMETRY_DISABLED: "1", ...extraEnv });
  const distDir = path.join(ROOT, ".next");
  const table = await writePagePolicyTable(distDir);
  const standalone = path.join(distDir, "standalone", ".next");
  if (existsSync(standalone)) copyFileSync(pagePoliciesPath(distDir), pagePoliciesPath(standalone));
  console.log(`Content-Security-Policy hashes written for ${Object.keys(table).length} prerendered pages.`);
}

import path from "node:path";
import { run } from "./command";
import { writePagePolicyTable } from "./page-policies";
import { bin, ROOT } from "./paths";

/** `next build`, then the Content-Security-Policy table of the prerendered pages (lib/http/page-policies.ts). */
export async function buildApp(extraEnv: Record<string, string> = {}, args: readonly string[] = []): Promise<void> {
  await run(bin("next"), ["build", ...args], { NEXT_TELEMETRY_DISABLED: "1", ...extraEnv });
  const table = await writePagePolicyTable(path.join(ROOT, ".next"));
  console.log(`Content-Security-Policy hashes written for ${Object.keys(table).length} prerendered pages.`);
}

import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { LOCALES } from "@/lib/config";
import { pagePoliciesPath, type PagePolicyTable } from "@/lib/http/page-policies";
import { inlineScriptHashes } from "@/lib/http/security-headers";

type PrerenderManifest = { routes: Record<string, { initialRevalidateSeconds?: number | false; initialStatus?: number }> };

/**
 * The app's pages prerendered once for everyone by `next build` (every locale's home, reader,
 * claims, background, comparison and method pages): those never revalidated that answer 200.
 * Pages outside the locales (the benchmark's yardstick) are left out on purpose.
 */
export async function prerenderedRoutes(distDir: string): Promise<string[]> {
  const manifest = JSON.parse(await readFile(path.join(distDir, "prerender-manifest.json"), "utf8")) as PrerenderManifest;
  return Object.entries(manifest.routes)
    .filter(
      ([route, entry]) =>
        LOCALES.some((locale) => route === `/${locale}` || route.startsWith(`/${locale}/`)) &&
        entry.initialRevalidateSeconds === false &&
        (entry.initialStatus ?? 200) === 200,
    )
    .map(([route]) => route);
}

/** The step after `next build`: each prerendered page's inline scripts hashed once, written beside the build (lib/http/page-policies.ts). */
export async function writePagePolicyTable(distDir: string): Promise<PagePolicyTable> {
  const table: Record<string, string[]> = {};
  for (const route of (await prerenderedRoutes(distDir)).sort()) {
    table[route] = inlineScriptHashes(await readFile(path.join(distDir, "server", "app", `${route}.html`), "utf8"));
  }
  await writeFile(pagePoliciesPath(distDir), `${JSON.stringify(table, null, 1)}\n`);
  return table;
}

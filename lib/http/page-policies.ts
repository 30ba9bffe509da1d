import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { hashPolicy, noncePolicy } from "./security-headers";

/**
 * Which Content-Security-Policy a page gets, decided here for every page, in development and in
 * production. A page prerendered at build time is the same document for everyone, so a nonce
 * cannot be put in it: its inline scripts are allowed by their hashes, which a step after
 * `next build` writes into a table, route → hashes (scripts/lib/page-policies.ts). Every other
 * page is rendered per request and trusts its scripts through this request's nonce. No
 * "server-only": the production server and the build scripts read it too.
 */

/** Route (`/fr/articles/x`) → the CSP hashes (`sha256-…`) of its inline scripts. */
export type PagePolicyTable = Readonly<Record<string, readonly string[]>>;

/** The table's file, beside the build it describes. */
export const PAGE_POLICIES_FILE = "page-policies.json";

export function pagePoliciesPath(distDir: string): string {
  return path.join(distDir, PAGE_POLICIES_FILE);
}

/** The table of the build in `distDir`; empty when there is none (`next dev` prerenders nothing). */
export function readPagePolicyTable(distDir: string): PagePolicyTable {
  const file = pagePoliciesPath(distDir);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as PagePolicyTable) : {};
}

export type PolicyRequest = { pathname: string; nonce: string; secure: boolean; development: boolean };

/** The one decision: a prerendered page's hashes, else this request's nonce. */
export function pagePolicyFor(table: PagePolicyTable, request: PolicyRequest): string {
  const hashes = request.development ? undefined : table[request.pathname];
  return hashes ? hashPolicy(hashes, request.secure) : noncePolicy(request.nonce, request.secure, request.development);
}

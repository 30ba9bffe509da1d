import { readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { pagePolicyFor, pagePoliciesPath, readPagePolicyTable } from "@/lib/http/page-policies";
import { CompressedFile } from "./compressed";

/** Headers a request carries when the Next.js router asks for a page's React payload instead of its HTML. */
const ROUTER_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action"];

/** What Next.js varies a page's response on, and which our copies must vary on too. */
const VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch";

const LOCALE_COOKIE = /(?:^|;\s*)NEXT_LOCALE=([^;]*)/;

type StaticPage = { file: CompressedFile; policies: { plain: string; secure: string } };

/**
 * The app's prerendered pages (every locale's home, reader, claims, background, comparison and
 * method pages: those of the build's policy table, lib/http/page-policies.ts), served from memory, compressed once, with an entity tag so a return visit costs
 * a 304. They are the same for every visitor and never touch the database or the session, so
 * nothing per request is needed beyond choosing the encoding. Anything else, including the same
 * address asked for by the router (its React payload), goes to Next.js.
 */
export class StaticPages {
  private constructor(private readonly pages: ReadonlyMap<string, StaticPage>) {}

  static async load(distDir: string): Promise<StaticPages> {
    const table = readPagePolicyTable(distDir);
    if (Object.keys(table).length === 0) throw new Error(`No ${pagePoliciesPath(distDir)}: build with "npm run build", which writes it after next build.`);
    const pages = new Map<string, StaticPage>();
    await Promise.all(
      Object.keys(table).map(async (pathname) => {
        const html = await readFile(path.join(distDir, "server", "app", `${pathname}.html`));
        const file = new CompressedFile(html, { "content-type": "text/html; charset=utf-8", "cache-control": "public, max-age=0, must-revalidate", vary: VARY }, true);
        const policy = (secure: boolean) => pagePolicyFor(table, { pathname, nonce: "", secure, development: false });
        pages.set(pathname, { file, policies: { plain: policy(false), secure: policy(true) } });
      }),
    );
    return new StaticPages(pages);
  }

  get size(): number {
    return this.pages.size;
  }

  /**
   * Compresses every page now, one after the other, so that the first class does not wait and the
   * thread pool (file reads, other compressions) stays free for requests meanwhile.
   */
  async warm(): Promise<void> {
    for (const page of this.pages.values()) await page.file.warm();
  }

  /** Serves the request if it is for one of these pages' HTML; false leaves it to Next.js. */
  serve(request: IncomingMessage, response: ServerResponse, pathname: string, search: string, secure: boolean): boolean {
    if (request.method !== "GET" && request.method !== "HEAD") return false;
    if (ROUTER_HEADERS.some((name) => request.headers[name] !== undefined) || /(?:^\?|&)_rsc=/.test(search)) return false;
    const page = this.pages.get(pathname);
    if (!page) return false;
    // As Next.js's locale routing does: remember the language of the last page read.
    const locale = pathname.split("/")[1] ?? "";
    const remembered = LOCALE_COOKIE.exec(request.headers.cookie ?? "")?.[1];
    const headers: Record<string, string> = { "content-security-policy": secure ? page.policies.secure : page.policies.plain };
    if (remembered !== locale) headers["set-cookie"] = `NEXT_LOCALE=${locale}; Path=/; SameSite=lax`;
    page.file.send(request, response, headers).catch((error: unknown) => response.destroy(error instanceof Error ? error : undefined));
    return true;
  }
}

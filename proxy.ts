import path from "node:path";
import { NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "@/i18n/routing";
import { isSecureConnection } from "@/lib/auth/connection";
import { RETURN_TO_HEADER } from "@/lib/auth/return-path";
import { env, isDevelopment } from "@/lib/env";
import { pagePolicyFor, readPagePolicyTable } from "@/lib/http/page-policies";
import { pagePostRefusal, unreadablePathRefusal } from "@/lib/http/proxy-refusals";

const localeRouting = createMiddleware(routing);
// The build's table of prerendered pages (none while developing: every page is rendered per request).
const pagePolicies = isDevelopment() ? {} : readPagePolicyTable(path.join(process.cwd(), ".next"));

/**
 * Locale routing (next-intl), plus each page's Content-Security-Policy as lib/http/page-policies.ts
 * decides it: for a page Next.js renders per request, a fresh nonce each time, set on the request
 * (Next.js reads it there and puts it on its scripts) and on the response; for a prerendered page,
 * its scripts' hashes from the build's table.
 * Refused first (lib/http/proxy-refusals.ts): an address that is not UTF-8, and a server action
 * from another site or declared over the body limit.
 * Every access check lives in layouts, handlers and domain functions.
 */
export default function proxy(request: NextRequest) {
  const unreadable = unreadablePathRefusal(request);
  if (unreadable) return unreadable;
  // The API's addresses reach here only when unreadable (the matcher below): nothing else to do.
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();
  if (request.method !== "GET" && request.method !== "HEAD") {
    const refusal = pagePostRefusal(request.headers);
    if (refusal) return refusal;
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const secure = isSecureConnection(request.headers, env().APP_URL);
  const policy = pagePolicyFor(pagePolicies, { pathname: request.nextUrl.pathname, nonce, secure, development: isDevelopment() });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  // What a page needing a session sends to the sign-in as the way back (lib/auth/session.ts).
  headers.set(RETURN_TO_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  const response = localeRouting(new NextRequest(request, { headers }));
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  matcher: [
    "/((?!api|_next|_vercel|.*\\..*).*)",
    // An API address holding a percent-encoded byte over 0x7F (never one of the app's own), to
    // check it is UTF-8 (lib/http/proxy-refusals.ts).
    "/api/(.*%[89a-fA-F][0-9a-fA-F].*)",
  ],
};

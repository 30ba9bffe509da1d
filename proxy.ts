import { NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "@/i18n/routing";
import { isSecureConnection } from "@/lib/auth/connection";
import { RETURN_TO_HEADER } from "@/lib/auth/return-path";
import { env, isDevelopment } from "@/lib/env";
import { noncePolicy } from "@/lib/http/security-headers";

const localeRouting = createMiddleware(routing);

/**
 * Locale routing (next-intl), plus the Content-Security-Policy of the pages Next.js renders per
 * request: a fresh nonce each time, set on the request (Next.js reads it there and puts it on its
 * scripts) and on the response. The prerendered pages never come here for their HTML: the
 * production server serves them with a policy of script hashes (server/static-pages.ts), and puts
 * its own policy on the prerendered "not found" pages Next.js serves itself (server/security.ts).
 * Every access check lives in layouts, handlers and domain functions.
 */
export default function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = noncePolicy(nonce, isSecureConnection(request.headers, env().APP_URL), isDevelopment());
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  // What a page needing a session sends to the sign-in as the way back (lib/auth/session.ts).
  headers.set(RETURN_TO_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  const response = localeRouting(new NextRequest(request, { headers }));
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // bench/: the benchmark's yardstick page, outside the localised routes.
  matcher: "/((?!api|bench|_next|_vercel|.*\\..*).*)",
};

import type { IncomingMessage, ServerResponse } from "node:http";
import { isSecureConnection } from "../lib/auth/connection";
import { BASE_HEADERS, HSTS, NON_PAGE_POLICY, prerenderedFallbackPolicy } from "../lib/http/security-headers";

/**
 * Whether the browser reached the app over HTTPS, decided as for the session cookies
 * (lib/auth/connection.ts). X-Forwarded-Proto has been set from the connection by then, or
 * kept from a trusted proxy (./forwarded.ts).
 */
export function isSecureRequest(request: IncomingMessage): boolean {
  const proto = request.headers["x-forwarded-proto"];
  return isSecureConnection(new Headers(typeof proto === "string" ? { "x-forwarded-proto": proto } : {}), process.env.APP_URL || undefined);
}

/**
 * The headers every response gets, set before anything answers: pages replace the
 * Content-Security-Policy with their own (the proxy for those Next.js renders, ./static-pages.ts
 * for the prerendered ones); everything else keeps the one that lets nothing run or frame it.
 */
export function setBaseHeaders(response: ServerResponse, secure: boolean): void {
  for (const [name, value] of Object.entries(BASE_HEADERS)) response.setHeader(name, value);
  response.setHeader("content-security-policy", NON_PAGE_POLICY);
  if (secure) response.setHeader("strict-transport-security", HSTS);
}

/**
 * Prerendered HTML that Next.js serves itself rather than ./static-pages.ts: its "page not found"
 * documents, rendered once per unknown address and cached. The proxy's nonce would be wrong for
 * all but the first visitor, so they get their own policy just before their headers are written.
 */
export function watchPrerendered(response: ServerResponse, secure: boolean): void {
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
  response.writeHead = ((...args: unknown[]) => {
    const type = String(response.getHeader("content-type") ?? "");
    if (response.getHeader("x-nextjs-prerender") !== undefined && type.startsWith("text/html")) {
      response.setHeader("content-security-policy", prerenderedFallbackPolicy(secure));
    }
    return writeHead(...args);
  }) as ServerResponse["writeHead"];
}

import { AppError } from "@/lib/errors";
import { errorBody, requestLocale } from "./api";
import { ACTION_BODY_BYTES } from "./limits";
import { notFoundPath } from "./not-found";
import { assertSameOrigin } from "./request-checks";

/**
 * What proxy.ts refuses before Next.js reads a request, from its address and headers alone: the
 * requests Next.js would otherwise answer with a 500 of its own (docs/security.md). What Next.js
 * still answers 5xx to (an action body it cannot decode) is listed there with its upstream issue.
 */

/** The app's localised error reply, never cached. */
function refusal(error: AppError, headers: Headers, where: string): Response {
  const { status, body } = errorBody(error, requestLocale(headers), { where });
  return Response.json(body, { status, headers: { "cache-control": "private, no-store" } });
}

/**
 * A request other than GET or HEAD to a page is a server action: called by the app's JavaScript,
 * or a form posted without it. One from another site, or declared over Next.js's body limit, is
 * refused here.
 */
export function pagePostRefusal(headers: Headers): Response | null {
  try {
    assertSameOrigin(headers);
  } catch (error) {
    if (error instanceof AppError) return refusal(error, headers, "page post");
    throw error;
  }
  return Number(headers.get("content-length") ?? 0) > ACTION_BODY_BYTES ? refusal(new AppError("PAYLOAD_TOO_LARGE"), headers, "page post") : null;
}

/**
 * An address whose percent-encoding is not UTF-8 names nothing; Next.js, decoding the route's
 * parameters from it, would answer a bare 500. A page address is sent to the "not found" page of
 * its language (lib/http/not-found.ts), an API address answered 404 NOT_FOUND.
 */
export function unreadablePathRefusal(request: { url: string; headers: Headers; nextUrl: URL }): Response | null {
  const { pathname } = request.nextUrl;
  try {
    decodeURIComponent(pathname);
    return null;
  } catch {
    if (pathname.startsWith("/api/")) return refusal(new AppError("NOT_FOUND"), request.headers, "unreadable path");
    return Response.redirect(new URL(notFoundPath(pathname.split("/")[1] ?? ""), request.url), 307);
  }
}

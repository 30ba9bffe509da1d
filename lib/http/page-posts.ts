import { AppError } from "@/lib/errors";
import { errorBody, requestLocale } from "./api";
import { ACTION_BODY_BYTES } from "./limits";
import { notFoundPath } from "./not-found";
import { assertSameOrigin } from "./request-checks";

/**
 * A request other than GET or HEAD to a page is a server action: called by the app's JavaScript,
 * or a form posted without it. Next.js reads its body itself and answers one from another site,
 * or one declared over its body limit, with a 500 of its own (docs/security.md); proxy.ts refuses
 * those first, from the headers alone, with the app's localised error body. What Next.js still
 * answers 5xx to (a body it cannot decode) is listed in docs/security.md with its upstream issue.
 */

export function pagePostRefusal(headers: Headers): Response | null {
  try {
    assertSameOrigin(headers);
    if (Number(headers.get("content-length") ?? 0) > ACTION_BODY_BYTES) throw new AppError("PAYLOAD_TOO_LARGE");
    return null;
  } catch (error) {
    const { status, body } = errorBody(error, requestLocale(headers), { where: "page post" });
    return Response.json(body, { status, headers: { "cache-control": "private, no-store" } });
  }
}

/**
 * An address whose percent-encoding is not UTF-8 names nothing; Next.js, decoding the route's
 * parameters from it, would answer a bare 500 of its own. A page address is sent to the "not
 * found" page of its language (lib/http/not-found.ts), an API address answered 404 NOT_FOUND.
 */
export function unreadablePathRefusal(request: { url: string; headers: Headers; nextUrl: URL }): Response | null {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return null;
  } catch {
    const { pathname } = request.nextUrl;
    if (pathname.startsWith("/api/")) {
      const { status, body } = errorBody(new AppError("NOT_FOUND"), requestLocale(request.headers), { where: "unreadable path" });
      return Response.json(body, { status, headers: { "cache-control": "private, no-store" } });
    }
    return Response.redirect(new URL(notFoundPath(pathname.split("/")[1] ?? ""), request.url), 307);
  }
}

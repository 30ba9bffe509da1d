import "server-only";
import type { AppLocale } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { assertJsonRequest, errorBody, parseJson, requestLocale } from "./api";

/** ./api.ts for App Router route handlers (web Request and Response): GET /api/session. */

/** The JSON body, refusing other media types, oversized bodies and malformed JSON with their own codes. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  assertJsonRequest(request.headers, maxBytes);
  const text = await request.text();
  if (Buffer.byteLength(text, "utf8") > maxBytes) throw new AppError("PAYLOAD_TOO_LARGE");
  return parseJson(text);
}

/** Forwards Set-Cookie headers (a new or refreshed session) onto a response. */
export function withCookies(response: Response, setCookie: readonly string[]): Response {
  setCookie.forEach((cookie) => response.headers.append("set-cookie", cookie));
  return response;
}

export function errorResponse(error: unknown, locale: AppLocale, context: Record<string, unknown>): Response {
  const { status, body } = errorBody(error, locale, context);
  return Response.json(body, { status });
}

/** A route handler for the methods an endpoint does not take: 405 METHOD_NOT_ALLOWED with its message and Allow. */
export function methodNotAllowed(allow: string): (request: Request) => Response {
  return (request) => {
    const response = errorResponse(new AppError("METHOD_NOT_ALLOWED", { allow }), requestLocale(request.headers), {});
    response.headers.set("allow", allow);
    return response;
  };
}

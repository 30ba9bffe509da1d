import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AppLocale } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { assertJsonRequest, errorBody, parseJson } from "./api";

/**
 * ./api.ts for the two endpoints every learner calls every few seconds (pages/api/): Node's own
 * request and response, which spare the web-stream adapters of an App Router route handler
 * (a third of a request's cost here; README, "Benchmark").
 */

export { headersOf } from "./request-checks";

/**
 * The JSON body. Refused before it is read when its type or declared length is wrong, and as soon
 * as it grows past the limit when it declared none.
 */
export async function readJsonBody(request: IncomingMessage, headers: Headers, maxBytes: number): Promise<unknown> {
  assertJsonRequest(headers, maxBytes);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new AppError("PAYLOAD_TOO_LARGE");
    chunks.push(chunk);
  }
  return parseJson(Buffer.concat(chunks).toString("utf8"));
}

export function sendJson(response: ServerResponse, status: number, body: unknown, setCookie: readonly string[] = [], extraHeaders: Record<string, string> = {}): void {
  response.statusCode = status;
  response.setHeader("content-type", "application/json");
  for (const [name, value] of Object.entries(extraHeaders)) response.setHeader(name, value);
  if (setCookie.length > 0) response.setHeader("set-cookie", [...setCookie]);
  response.end(JSON.stringify(body));
}

export function sendError(response: ServerResponse, error: unknown, locale: AppLocale, context: Record<string, unknown>, setCookie: readonly string[] = []): void {
  const { status, body } = errorBody(error, locale, context);
  const extra: Record<string, string> = {};
  // An oversized body is left unread: close the connection rather than drain it.
  if (status === 413) extra.connection = "close";
  const allow = error instanceof AppError ? error.details.allow : undefined;
  if (typeof allow === "string") extra.allow = allow;
  sendJson(response, status, body, setCookie, extra);
}

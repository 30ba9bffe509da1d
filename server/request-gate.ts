import { readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import type { AppLocale } from "../lib/config";
import { AppError, ERROR_STATUS, type ErrorCode } from "../lib/errors";
import { frenchTypography } from "../lib/format/typography";
import { assertSameOrigin, headersOf, requestLocale } from "../lib/http/request-checks";
import en from "../messages/en.json";
import fr from "../messages/fr.json";
import { isWellFormedFormPost, isWellFormedMultipartReply, isWellFormedTextReply } from "./action-reply";
import { BodyTooLarge, formPostFields, multipartFields, readBody, replay } from "./request-body";

/**
 * What the production server checks before a request reaches Next.js, for the two kinds of
 * request whose bodies Next.js reads itself:
 * - server actions: a POST with a Next-Action header (called by JavaScript), or a form posted
 *   without JavaScript (multipart/form-data to a page). Next.js answers 500 to a request from
 *   another site, to an unknown body type and to arguments it cannot decode, a bare 400 to an
 *   unknown action, and reads up to 1 MB of anything; here they get a 403, 400 or 413 with a
 *   code and a localised message, and an action only ever sees arguments it can decode
 *   (./action-reply.ts);
 * They must come from this site (Origin, or Sec-Fetch-Site): a 403 otherwise. (better-auth's
 * endpoints check their own origin and body size: lib/auth/public-endpoints.ts.)
 * A body over its limit is refused from its declared length before a byte is read, or as soon
 * as it grows past the limit, and the connection is closed rather than drained.
 */

/** Next.js's own limit for action bodies (serverActions.bodySizeLimit, default 1 MB). */
const ACTION_BODY_BYTES = 1024 * 1024;
const ACTION_TYPES = ["text/plain", "multipart/form-data"];

const catalogues = { fr: fr.errors.codes, en: en.errors.codes } as const;

/** The app's error body for `code` (no placeholders: the gate's codes have none). */
export function errorJson(code: ErrorCode, locale: AppLocale): string {
  const text = (catalogues[locale] as Record<string, string>)[code] ?? code;
  return JSON.stringify({ ok: false, code, message: locale === "fr" ? frenchTypography(text) : text });
}

function decodesAsUtf8(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function refuse(request: IncomingMessage, response: ServerResponse, code: ErrorCode): void {
  response.statusCode = ERROR_STATUS[code];
  response.setHeader("content-type", "application/json");
  // A refused body is left unread: close the connection rather than drain it.
  response.setHeader("connection", "close");
  response.end(errorJson(code, requestLocale(headersOf(request))));
}

/**
 * The language of a request Node could not parse, read from the bytes it had received (its
 * rawPacket): best effort, French when the headers are not there.
 */
export function localeOfRawRequest(raw: Buffer | undefined): AppLocale {
  const text = raw?.toString("latin1") ?? "";
  const header = (name: string) => new RegExp(`\\r\\n${name}:[ \\t]*([^\\r\\n]*)`, "i").exec(text)?.[1] ?? "";
  try {
    return requestLocale(new Headers({ "accept-language": header("accept-language"), cookie: header("cookie") }));
  } catch {
    return "fr"; // a header value Headers refuses
  }
}

export async function loadActionIds(distDir: string): Promise<Set<string>> {
  const manifest = JSON.parse(await readFile(path.join(distDir, "server", "server-reference-manifest.json"), "utf8")) as {
    node?: Record<string, unknown>;
    edge?: Record<string, unknown>;
  };
  return new Set([...Object.keys(manifest.node ?? {}), ...Object.keys(manifest.edge ?? {})]);
}

/** The request to hand to Next.js (the original, or a copy with its body put back), or null once answered here. */
export async function gate(request: IncomingMessage, response: ServerResponse, pathname: string, actionIds: ReadonlySet<string>): Promise<IncomingMessage | null> {
  // An address whose percent-encoding is not UTF-8 names nothing; Next.js would answer it with a
  // bare 400 of its own.
  if (!decodesAsUtf8(pathname)) {
    refuse(request, response, "INVALID_REQUEST");
    return null;
  }
  const actionId = request.headers["next-action"];
  const type = (request.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  const isFetchAction = request.method === "POST" && actionId !== undefined;
  // What Next.js tries to decode as a form action: a multipart POST outside the API routes.
  const isFormPost = request.method === "POST" && !isFetchAction && type === "multipart/form-data" && !pathname.startsWith("/api/");
  const isAction = isFetchAction || isFormPost;
  if (!isAction) return request;
  const maxBytes = ACTION_BODY_BYTES;
  try {
    if (Number(request.headers["content-length"] ?? 0) > maxBytes) throw new AppError("PAYLOAD_TOO_LARGE");
    assertSameOrigin(headersOf(request));
    if (isFetchAction) {
      if (typeof actionId !== "string" || !actionIds.has(actionId) || !ACTION_TYPES.includes(type)) throw new AppError("INVALID_REQUEST");
    }
    const body = await readBody(request, maxBytes).catch((error: unknown) => {
      throw error instanceof BodyTooLarge ? new AppError("PAYLOAD_TOO_LARGE") : error;
    });
    if (!(await isWellFormedAction(request, type, body, isFormPost, actionIds))) throw new AppError("INVALID_REQUEST");
    return replay(request, body);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    refuse(request, response, error.code);
    return null;
  }
}

async function isWellFormedAction(request: IncomingMessage, type: string, body: Buffer, isFormPost: boolean, actionIds: ReadonlySet<string>): Promise<boolean> {
  if (type === "text/plain") return isWellFormedTextReply(body.toString("utf8"));
  // Each kind read by the parser Next.js uses for it: busboy for a fetch action, Request.formData for a form post.
  if (isFormPost) {
    const fields = await formPostFields(String(request.headers["content-type"]), body);
    return !!fields && isWellFormedFormPost(fields, actionIds);
  }
  const fields = await multipartFields(request.headers, body);
  return !!fields && isWellFormedMultipartReply(fields);
}

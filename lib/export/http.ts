import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { signInPath } from "@/lib/auth/return-path";
import { resolveSession } from "@/lib/auth/session";
import type { AppLocale } from "@/lib/config";
import { fieldPath } from "@/lib/content/issues";
import { AppError } from "@/lib/errors";
import { requestLocale } from "@/lib/http/api";
import { headersOf, sendError } from "@/lib/http/node";
import { isId } from "@/lib/ids";
import { logger } from "@/lib/logger";
import { exportCsv, exportFileName } from "./export-csv";
import { getExportTarget, type ExportScope } from "./queries";
import { exportOptionsSchema } from "./schemas";

/**
 * Waits for the client to take what was written (or to go: then `response.destroyed`). One
 * listener per event for the whole download: Next.js's compression hands `on("drain")` to its gzip
 * stream and would keep every listener added per wait.
 */
function drainWaiter(response: ServerResponse): () => Promise<void> {
  let wake: (() => void) | null = null;
  const done = () => {
    wake?.();
    wake = null;
  };
  response.on("drain", done).on("close", done);
  return () => new Promise<void>((resolve) => (wake = resolve));
}

/** 303 to the teacher's sign-in, returning to the page the download was asked from (its Referer, when it is ours). */
function redirectToSignIn(response: ServerResponse, locale: AppLocale, headers: Headers): void {
  const referer = headers.get("referer");
  let from: string | null = null;
  try {
    const url = referer ? new URL(referer) : null;
    if (url && url.host === headers.get("host")) from = `${url.pathname}${url.search}`;
  } catch {
    // Not an address: no way back.
  }
  response.writeHead(303, { location: signInPath(locale, "teacher", from), "cache-control": "no-store" });
  response.end();
}

/**
 * GET …/export: the CSV download (docs/api.md). Node's own response so each batch of rows is
 * written as the cursor yields it and the next is fetched only once the client has taken it: a
 * slow download holds one batch in memory, not the file. Not the viewer's, or unknown: 404 before
 * any byte of the file. A GET changes nothing, so no origin check.
 */
export async function sendExport(request: IncomingMessage, response: ServerResponse, scope: ExportScope, route: string): Promise<void> {
  const headers = headersOf(request);
  let locale = requestLocale(headers);
  let setCookie: string[] = [];
  try {
    if (request.method !== "GET") throw new AppError("METHOD_NOT_ALLOWED", { allow: "GET" });
    const parsed = exportOptionsSchema.safeParse(Object.fromEntries(new URL(request.url ?? "/", "http://localhost").searchParams));
    if (!parsed.success) throw new AppError("INVALID_INPUT", { fields: parsed.error.issues.map((issue) => fieldPath(issue.path)) });
    locale = parsed.data.locale ?? locale;
    const session = await resolveSession(headers, { live: true });
    setCookie = session.setCookie;
    // A download link followed after the session ended: sign in, then back to the page it was on.
    if (!session.viewer || session.viewer.isGuest) return redirectToSignIn(response, locale, headers);
    // An id from the address that cannot be one names nothing: not found, without a query.
    const target = session.viewer && Object.values(scope).every(isId) && (await getExportTarget(session.viewer, scope));
    if (!session.viewer || !target) throw new AppError("NOT_FOUND");
    const name = exportFileName(target);
    response.writeHead(200, {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${name.ascii}"; filename*=UTF-8''${encodeURIComponent(name.utf8)}`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
      ...(setCookie.length > 0 ? { "set-cookie": setCookie } : {}),
    });
    const drained = drainWaiter(response);
    for await (const chunk of exportCsv(session.viewer, target, { ...parsed.data, locale })) {
      if (!response.write(chunk)) await drained();
      if (response.destroyed) return;
    }
    response.end();
  } catch (error) {
    if (!response.headersSent) return sendError(response, error, locale, { route }, setCookie);
    // Half a file must not look like a whole one: the connection is cut, the download fails.
    logger.error("export failed while streaming", { route, error: error instanceof Error ? error.message : String(error) });
    response.destroy();
  }
}

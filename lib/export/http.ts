import "server-only";
import { signInPath } from "@/lib/auth/return-path";
import type { AppLocale } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { endpoint } from "@/lib/http/route";
import { isId } from "@/lib/ids";
import { logger } from "@/lib/logger";
import { exportCsv, exportFileName } from "./export-csv";
import { getExportTarget, type ExportScope } from "./queries";
import { exportOptionsSchema } from "./schemas";

/** 303 to the teacher's sign-in, returning to the page the download was asked from (its Referer, when it is ours). */
function redirectToSignIn(locale: AppLocale, headers: Headers): Response {
  const referer = headers.get("referer");
  let from: string | null = null;
  try {
    const url = referer ? new URL(referer) : null;
    if (url && url.host === headers.get("host")) from = `${url.pathname}${url.search}`;
  } catch {
    // Not an address: no way back.
  }
  return new Response(null, { status: 303, headers: { location: signInPath(locale, "teacher", from), "cache-control": "no-store" } });
}

/**
 * The chunks as a byte stream that asks for the next one only once the client has taken the last
 * (`pull`): a slow download holds one batch of rows in memory, not the file. A failure halfway cuts
 * the connection, so half a file never looks like a whole one.
 */
function streamOf(chunks: AsyncGenerator<string>, route: string): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const next = await chunks.next();
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(next.value));
        } catch (error) {
          logger.error("export failed while streaming", { route, error: error instanceof Error ? error.message : String(error) });
          controller.error(error);
        }
      },
      async cancel() {
        // The client went away: the cursor is closed and its connection returned.
        await chunks.return(undefined);
      },
    },
    { highWaterMark: 0 },
  );
}

/**
 * GET …/export: the CSV download (docs/api.md), streamed from a cursor. Not the viewer's, or
 * unknown: 404 before any byte of the file. A GET changes nothing, so no origin check. Without a
 * session, the sign-in, then back to the page the link was on.
 */
export function exportEndpoint(route: string, scopeOf: (params: Record<string, string>) => ExportScope) {
  return endpoint({
    method: "GET",
    route,
    query: exportOptionsSchema,
    async handle({ query, params, locale, headers, session }) {
      const { viewer } = await session({ live: true });
      if (!viewer || viewer.isGuest) return redirectToSignIn(locale, headers);
      const scope = scopeOf(params);
      // An id from the address that cannot be one names nothing: not found, without a query.
      const target = Object.values(scope).every(isId) && (await getExportTarget(viewer, scope));
      if (!target) throw new AppError("NOT_FOUND");
      const name = exportFileName(target);
      return new Response(streamOf(exportCsv(viewer, target, { ...query, locale }), route), {
        headers: {
          "content-type": "text/csv; charset=utf-8",
          "content-disposition": `attachment; filename="${name.ascii}"; filename*=UTF-8''${encodeURIComponent(name.utf8)}`,
          "cache-control": "private, no-store",
          "x-content-type-options": "nosniff",
        },
      });
    },
  });
}

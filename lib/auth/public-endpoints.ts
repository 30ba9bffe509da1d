import "server-only";
import { GUEST_SIGN_IN_PATH } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { requestLocale } from "@/lib/http/api";
import { errorResponse } from "@/lib/http/route";
import { handleAuthRequest } from "./handler";

/**
 * What of better-auth answers from outside (app/api/auth/[...all]): reading one's session, signing
 * out, becoming a guest, its health check. Signing in and up, passwords and accounts go through
 * the app's server actions only (lib/auth/actions.ts), behind its limits and rules; any other path
 * reads as not found.
 */
const PUBLIC: Readonly<Record<string, readonly string[]>> = {
  GET: ["/get-session", "/ok"],
  POST: ["/sign-out", GUEST_SIGN_IN_PATH],
};

export async function handlePublicAuthRequest(request: Request): Promise<Response> {
  const path = new URL(request.url).pathname.replace(/^\/api\/auth/, "");
  if (!PUBLIC[request.method]?.includes(path)) {
    return errorResponse(new AppError("NOT_FOUND"), requestLocale(request.headers), { route: "/api/auth" });
  }
  const response = await handleAuthRequest(request);
  return path === "/get-session" ? withoutSessionToken(response) : response;
}

/** The session as page scripts may read it: without its token (the cookie is HttpOnly for a reason). */
async function withoutSessionToken(response: Response): Promise<Response> {
  const body = (await response.json().catch(() => null)) as { session?: Record<string, unknown> } | null;
  if (body?.session) delete body.session.token;
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  return new Response(JSON.stringify(body), { status: response.status, headers });
}
